import { Group, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../shared/cooperations/forms';
import { INITIATIVE_ORIGINS } from '../../../shared/initiatives/initiative.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { ClearFiltersButton, SearchField } from '../../components/ui/SearchField';
import { withoutEmpty } from '../../components/ui/search.format';
import { useSearchText } from '../../components/ui/useSearchText';
import { areaOptions } from '../organisations/organisation.format';
import type { InitiativeSearch } from './initiative.search';

type InitiativeFiltersProps = {
  value: InitiativeSearch;
  referenceData: ReferenceDataView | undefined;
  onChange: (next: InitiativeSearch) => void;
};

/** Search box (debounced) and filters of the initiative list; every change goes into the page address. */
export function InitiativeFilters({ value, referenceData, onChange }: InitiativeFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const search = useSearchText(value, onChange);

  const set = (key: keyof InitiativeSearch) => (next: string) => onChange(withoutEmpty({ ...value, [key]: next }));
  const targetGroups = [...(referenceData?.targetGroups ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <div role="search" aria-label={t('initiatives.searchRegion')}>
      <SearchField
        search={search}
        label={t('initiatives.searchLabel')}
        description={t('initiatives.searchHint')}
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
          <ClearFiltersButton
            onClick={() => {
              search.clear();
              onChange({});
            }}
          />
        </Group>
      ) : null}
    </div>
  );
}
