import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSearch } from './audit.search';
import { AuditActorPicker } from './AuditActorPicker';
import { actionOptions, entityTypeOptions } from './audit.format';
import { DateField } from '../../components/ui/DateField';

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

  return (
    <form onSubmit={submit} role="search" aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mb="md">
        <NativeSelect
          label={t('audit.action')}
          value={draft.action ?? ''}
          onChange={(e) => set('action')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.all') }, ...actionOptions(i18n, value.action)]}
        />
        <NativeSelect
          label={t('audit.entityType')}
          value={draft.entityType ?? ''}
          onChange={(e) => set('entityType')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.all') }, ...entityTypeOptions(i18n, value.entityType)]}
        />
        <TextInput
          label={t('audit.entityId')}
          value={draft.entityId ?? ''}
          onChange={(e) => set('entityId')(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <AuditActorPicker value={draft.actorId} onChange={(actorId) => setDraft((d) => ({ ...d, actorId }))} />
        <DateField label={t('audit.from')} value={draft.from ?? ''} onChange={(value) => set('from')(value)} />
        <DateField label={t('audit.to')} value={draft.to ?? ''} onChange={(value) => set('to')(value)} />
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
