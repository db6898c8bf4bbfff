import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COOPERATION_SORTS } from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_FORMS, COOPERATION_STATUSES } from '../../../shared/cooperations/forms';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { SearchIcon } from '../../components/ui/icons';
import { areaOptions } from '../organisations/organisation.format';
import { hasFilters, referenceOptions, splitList } from './cooperation.format';
import type { CooperationSearch } from './cooperation.search';
import { OrganisationFilterSelect } from './OrganisationFilterSelect';
import { useManagerOptions } from './useManagerOptions';

type CooperationFiltersProps = {
  value: CooperationSearch;
  referenceData: ReferenceDataView | undefined;
  onChange: (next: CooperationSearch) => void;
};

function withoutEmpty(search: CooperationSearch): CooperationSearch {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => typeof v === 'string' && v !== ''));
}

/** Case-number years to filter by: from this year back to 2015. */
function yearOptions(): string[] {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2014 }, (_, i) => String(now - i));
}

/** Search box (debounced), sort and filters of the overview; every change goes into the page address. */
export function CooperationFilters({ value, referenceData, onChange }: CooperationFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const managers = useManagerOptions();
  const [text, setText] = useState(value.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  // The last text this box put in the address; any other change there (back button, saved filter) is copied in.
  const pushed = useRef(value.q ?? '');

  useEffect(() => {
    if ((value.q ?? '') !== pushed.current) {
      pushed.current = value.q ?? '';
      setText(value.q ?? '');
    }
  }, [value.q]);

  // Runs when the typed text settles, not when other filters change, so it never undoes them.
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    latest.current.onChange(withoutEmpty({ ...latest.current.value, q: debounced }));
  }, [debounced]);

  const set = (key: keyof CooperationSearch) => (next: string) => onChange(withoutEmpty({ ...value, [key]: next }));
  const manager = value.responsibleManagerId;
  const managerData = manager && !managers.some((m) => m.value === manager) ? [...managers, { value: manager, label: manager }] : managers;

  return (
    <div role="search" aria-label={t('cooperations.searchRegion')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput
          label={t('cooperations.searchLabel')}
          description={t('cooperations.searchHint')}
          leftSection={<SearchIcon size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          autoComplete="off"
          style={{ flex: '1 1 320px' }}
        />
        <NativeSelect
          label={t('cooperations.sort')}
          value={value.sort ?? 'caseNumber'}
          onChange={(e) => set('sort')(e.currentTarget.value === 'caseNumber' ? '' : e.currentTarget.value)}
          data={COOPERATION_SORTS.map((s) => ({ value: s, label: t(`cooperations.sort_${s}`) }))}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" mb="md">
        <MultiSelect
          label={t('cooperations.form')}
          placeholder={splitList(value.form).length === 0 ? t('cooperations.allForms') : undefined}
          value={splitList(value.form)}
          onChange={(forms) => set('form')(forms.join(','))}
          data={COOPERATION_FORMS.map((f) => ({ value: f, label: t(`cooperations.form_${f}`) }))}
          clearable
          clearButtonProps={{ 'aria-label': t('cooperations.clearForms') }}
        />
        <MultiSelect
          label={t('cooperations.status')}
          placeholder={splitList(value.status).length === 0 ? t('cooperations.allStatuses') : undefined}
          value={splitList(value.status)}
          onChange={(statuses) => set('status')(statuses.join(','))}
          data={COOPERATION_STATUSES.map((s) => ({ value: s, label: t(`cooperations.status_${s}`) }))}
          clearable
          clearButtonProps={{ 'aria-label': t('cooperations.clearStatuses') }}
        />
        <NativeSelect
          label={t('cooperations.area')}
          value={value.area ?? ''}
          onChange={(e) => set('area')(e.currentTarget.value)}
          data={[
            { value: '', label: t('cooperations.allAreas') },
            ...areaOptions(referenceData, lang, (name) => t('organisations.wholeArea', { name })),
          ]}
        />
        <NativeSelect
          label={t('cooperations.unit')}
          value={value.unitCode ?? ''}
          onChange={(e) => set('unitCode')(e.currentTarget.value)}
          data={[{ value: '', label: t('cooperations.allUnits') }, ...referenceOptions(referenceData?.units, lang)]}
        />
        <OrganisationFilterSelect value={value.organisationId} onChange={set('organisationId')} />
        <NativeSelect
          label={t('cooperations.responsibleManager')}
          value={manager ?? ''}
          onChange={(e) => set('responsibleManagerId')(e.currentTarget.value)}
          data={[{ value: '', label: t('cooperations.allManagers') }, ...managerData]}
        />
        <NativeSelect
          label={t('cooperations.targetGroup')}
          value={value.targetGroup ?? ''}
          onChange={(e) => set('targetGroup')(e.currentTarget.value)}
          data={[{ value: '', label: t('cooperations.allTargetGroups') }, ...referenceOptions(referenceData?.targetGroups, lang)]}
        />
        <NativeSelect
          label={t('cooperations.year')}
          title={t('cooperations.yearHint')}
          value={value.year ?? ''}
          onChange={(e) => set('year')(e.currentTarget.value)}
          data={[{ value: '', label: t('cooperations.allYears') }, ...yearOptions()]}
        />
      </SimpleGrid>
      {hasFilters(value) ? (
        <Button
          variant="subtle"
          mb="sm"
          onClick={() => {
            pushed.current = '';
            setText('');
            onChange(value.sort ? { sort: value.sort } : {});
          }}
        >
          {t('common.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
