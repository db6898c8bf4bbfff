import { Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COOPERATION_SORTS } from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_FORMS, COOPERATION_STATUSES } from '../../../shared/cooperations/forms';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { ClearFiltersButton, SearchField } from '../../components/ui/SearchField';
import { withoutEmpty } from '../../components/ui/search.format';
import { useSearchText } from '../../components/ui/useSearchText';
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
  const search = useSearchText(value, onChange);

  const set = (key: keyof CooperationSearch) => (next: string) => onChange(withoutEmpty({ ...value, [key]: next }));
  const manager = value.responsibleManagerId;
  const managerData = manager && !managers.some((m) => m.value === manager) ? [...managers, { value: manager, label: manager }] : managers;

  return (
    <div role="search" aria-label={t('cooperations.searchRegion')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <SearchField
          search={search}
          label={t('cooperations.searchLabel')}
          description={t('cooperations.searchHint')}
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
      <Checkbox
        mt="sm"
        label={t('cooperations.steeringGroupFlagFilter')}
        checked={value.steeringGroupFlag === 'true'}
        onChange={(e) => set('steeringGroupFlag')(e.currentTarget.checked ? 'true' : '')}
      />
      {hasFilters(value) ? (
        <ClearFiltersButton
          onClick={() => {
            search.clear();
            onChange(value.sort ? { sort: value.sort } : {});
          }}
        />
      ) : null}
    </div>
  );
}
