import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSearch } from './audit.search';
import { actionLabel, entityTypeLabel, KNOWN_ACTIONS, KNOWN_ENTITY_TYPES } from './audit.format';

type AuditFiltersProps = {
  value: AuditSearch;
  onApply: (filters: AuditSearch) => void;
};

function withoutEmpty(filters: AuditSearch): AuditSearch {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
}

/** The audit log's filter form; applying puts the filters in the address. */
export function AuditFilters({ value, onApply }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<AuditSearch>(value);
  const set = (key: keyof AuditSearch) => (v: string) => setDraft((d) => ({ ...d, [key]: v }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(withoutEmpty(draft));
  };

  // Keep unknown codes from a link selectable, so the select shows what is filtered.
  const actions: string[] = [...KNOWN_ACTIONS];
  if (value.action && !actions.includes(value.action)) actions.push(value.action);
  const entityTypes: string[] = [...KNOWN_ENTITY_TYPES];
  if (value.entityType && !entityTypes.includes(value.entityType)) entityTypes.push(value.entityType);

  return (
    <form onSubmit={submit} role="search" aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mb="md">
        <NativeSelect
          label={t('audit.action')}
          value={draft.action ?? ''}
          onChange={(e) => set('action')(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...actions.map((a) => ({ value: a, label: actionLabel(i18n, a) })),
          ]}
        />
        <NativeSelect
          label={t('audit.entityType')}
          value={draft.entityType ?? ''}
          onChange={(e) => set('entityType')(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...entityTypes.map((e) => ({ value: e, label: entityTypeLabel(i18n, e) })),
          ]}
        />
        <TextInput
          label={t('audit.entityId')}
          value={draft.entityId ?? ''}
          onChange={(e) => set('entityId')(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          label={t('audit.actorId')}
          value={draft.actorId ?? ''}
          onChange={(e) => set('actorId')(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput label={t('audit.from')} type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.currentTarget.value)} />
        <TextInput label={t('audit.to')} type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.currentTarget.value)} />
      </SimpleGrid>
      <Group gap="sm">
        <Button type="submit">{t('audit.apply')}</Button>
        {Object.keys(value).length > 0 ? (
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </Group>
    </form>
  );
}
