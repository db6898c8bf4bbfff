import { Group, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, ORGANISATION_SORTS } from '../../../shared/organisations/organisation.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { ClearFiltersButton, SearchField } from '../../components/ui/SearchField';
import { withoutEmpty } from '../../components/ui/search.format';
import { useSearchText } from '../../components/ui/useSearchText';
import { areaOptions, districtOptions } from './organisation.format';
import type { OrganisationSearch } from './organisation.search';

type OrganisationFiltersProps = {
  value: OrganisationSearch;
  referenceData: ReferenceDataView | undefined;
  onChange: (next: OrganisationSearch) => void;
};

const DEMOCRACY_STATUSES = ['not_assessed', 'eligible', 'not_eligible', 'expired'] as const;
const STATUSES = ['active', 'archived', 'all'] as const;

/** Legal forms for the filter: those of the chosen kind, or all of them grouped by kind (each code once). */
function useLegalFormFilterData(referenceData: ReferenceDataView | undefined, kind: string | undefined) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const forms = [...(referenceData?.legalForms ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const label = (f: (typeof forms)[number]) => (lang === 'en' ? f.nameEn : f.nameSv);
  const all = { value: '', label: t('organisations.allLegalForms') };
  if (kind) return [all, ...forms.filter((f) => f.kind === kind).map((f) => ({ value: f.code, label: label(f) }))];
  const seen = new Set<string>();
  return [
    all,
    ...ORGANISATION_KINDS.map((k) => ({
      group: t(`organisations.kind_${k}`),
      items: forms
        .filter((f) => f.kind === k && !seen.has(f.code) && seen.add(f.code))
        .map((f) => ({ value: f.code, label: label(f) })),
    })),
  ];
}

/** Search box (debounced) and filters of the register; every change goes into the page address. */
export function OrganisationFilters({ value, referenceData, onChange }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const search = useSearchText(value, onChange);

  const set = (key: keyof OrganisationSearch) => (next: string) => {
    const patch: OrganisationSearch = { ...value, [key]: next };
    // A legal form belongs to a kind; a new kind may not have it.
    if (key === 'kind' && next && value.legalForm) {
      const fits = referenceData?.legalForms.some((f) => f.kind === next && f.code === value.legalForm);
      if (!fits) delete patch.legalForm;
    }
    onChange(withoutEmpty(patch));
  };

  const legalForms = useLegalFormFilterData(referenceData, value.kind);
  const sort = value.sort ?? (value.q ? 'relevance' : 'name');
  const sorts = ORGANISATION_SORTS.filter((s) => s !== 'relevance' || value.q);
  const filtered = Object.keys(value).length > 0;

  return (
    <div role="search" aria-label={t('organisations.searchRegion')}>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <SearchField
          search={search}
          label={t('organisations.searchLabel')}
          description={t('organisations.searchHint')}
          style={{ flex: '1 1 320px' }}
        />
        <NativeSelect
          label={t('organisations.sort')}
          value={sort}
          onChange={(e) => set('sort')(e.currentTarget.value)}
          data={sorts.map((s) => ({ value: s, label: t(`organisations.sort_${s}`) }))}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mb="md">
        <NativeSelect
          label={t('organisations.kind')}
          value={value.kind ?? ''}
          onChange={(e) => set('kind')(e.currentTarget.value)}
          data={[
            { value: '', label: t('organisations.allKinds') },
            ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kind_${k}`) })),
          ]}
        />
        <NativeSelect
          label={t('organisations.legalForm')}
          value={value.legalForm ?? ''}
          onChange={(e) => set('legalForm')(e.currentTarget.value)}
          data={legalForms}
        />
        <NativeSelect
          label={t('organisations.democracyStatus')}
          value={value.democracyStatus ?? ''}
          onChange={(e) => set('democracyStatus')(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...DEMOCRACY_STATUSES.map((s) => ({ value: s, label: t(`organisations.democracy_${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('organisations.area')}
          value={value.area ?? ''}
          onChange={(e) => set('area')(e.currentTarget.value)}
          data={[
            { value: '', label: t('organisations.allAreas') },
            ...areaOptions(referenceData, lang, (name) => t('organisations.wholeArea', { name })),
          ]}
        />
        <NativeSelect
          label={t('organisations.district')}
          value={value.district ?? ''}
          onChange={(e) => set('district')(e.currentTarget.value)}
          data={[{ value: '', label: t('organisations.allDistricts') }, ...districtOptions(referenceData)]}
        />
        <NativeSelect
          label={t('organisations.status')}
          value={value.status ?? 'active'}
          onChange={(e) => set('status')(e.currentTarget.value === 'active' ? '' : e.currentTarget.value)}
          data={STATUSES.map((s) => ({ value: s, label: t(`organisations.statusFilter_${s}`) }))}
        />
      </SimpleGrid>
      {filtered ? (
        <ClearFiltersButton
          onClick={() => {
            search.clear();
            onChange({});
          }}
        />
      ) : null}
    </div>
  );
}
