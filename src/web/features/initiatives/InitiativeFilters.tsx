import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../shared/cooperations/forms';
import { INITIATIVE_ORIGINS } from '../../../shared/initiatives/initiative.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { SearchIcon } from '../../components/ui/icons';
import { areaOptions } from '../organisations/organisation.format';
import type { InitiativeSearch } from './initiative.search';

type InitiativeFiltersProps = {
  value: InitiativeSearch;
  referenceData: ReferenceDataView | undefined;
  onChange: (next: InitiativeSearch) => void;
};

function withoutEmpty(search: InitiativeSearch): InitiativeSearch {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => typeof v === 'string' && v !== ''));
}

/** Search box (debounced) and filters of the initiative list; every change goes into the page address. */
export function InitiativeFilters({ value, referenceData, onChange }: InitiativeFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [text, setText] = useState(value.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  // The last text this box put in the address; any other change there (back button, "clear") is copied in.
  const pushed = useRef(value.q ?? '');

  useEffect(() => {
    if ((value.q ?? '') !== pushed.current) {
      pushed.current = value.q ?? '';
      setText(value.q ?? '');
    }
  }, [value.q]);

  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    latest.current.onChange(withoutEmpty({ ...latest.current.value, q: debounced }));
  }, [debounced]);

  const set = (key: keyof InitiativeSearch) => (next: string) => onChange(withoutEmpty({ ...value, [key]: next }));
  const targetGroups = [...(referenceData?.targetGroups ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <div role="search" aria-label={t('initiatives.searchRegion')}>
      <TextInput
        label={t('initiatives.searchLabel')}
        description={t('initiatives.searchHint')}
        leftSection={<SearchIcon size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        type="search"
        autoComplete="off"
        mb="md"
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="md">
        <NativeSelect
          label={t('initiatives.status')}
          value={value.status ?? ''}
          onChange={(e) => set('status')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.all') }, ...INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`initiatives.status_${s}`) }))]}
        />
        <NativeSelect
          label={t('initiatives.origin')}
          value={value.origin ?? ''}
          onChange={(e) => set('origin')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.all') }, ...INITIATIVE_ORIGINS.map((o) => ({ value: o, label: t(`initiatives.origin_${o}`) }))]}
        />
        <NativeSelect
          label={t('initiatives.area')}
          value={value.area ?? ''}
          onChange={(e) => set('area')(e.currentTarget.value)}
          data={[
            { value: '', label: t('initiatives.allAreas') },
            ...areaOptions(referenceData, lang, (name) => t('organisations.wholeArea', { name })),
          ]}
        />
        <NativeSelect
          label={t('initiatives.targetGroup')}
          value={value.targetGroup ?? ''}
          onChange={(e) => set('targetGroup')(e.currentTarget.value)}
          data={[
            { value: '', label: t('initiatives.allTargetGroups') },
            ...targetGroups.map((g) => ({ value: g.code, label: lang === 'en' ? g.nameEn : g.nameSv })),
          ]}
        />
      </SimpleGrid>
      {Object.keys(value).length > 0 ? (
        <Group>
          <Button
            variant="subtle"
            mb="sm"
            onClick={() => {
              pushed.current = '';
              setText('');
              onChange({});
            }}
          >
            {t('common.clearFilters')}
          </Button>
        </Group>
      ) : null}
    </div>
  );
}
