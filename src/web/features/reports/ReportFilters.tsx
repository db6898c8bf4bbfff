import { Button, MultiSelect, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COOPERATION_FORMS, FORM_NAMES } from '../../../shared/cooperations/forms';
import type { CommitteeReportQuery } from '../../../shared/reports/committee-report.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { DateField } from '../../components/ui/DateField';
import { referenceOptions } from '../cooperations/cooperation.format';
import { areaOptions } from '../organisations/organisation.format';
import { reportYears } from './report.model';
import type { ReportSearch } from './report.search';

type ReportFiltersProps = {
  /** The report's query as it is asked for (year resolved, period checked against the year). */
  query: CommitteeReportQuery;
  referenceData: ReferenceDataView | undefined;
  onChange: (next: ReportSearch) => void;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The report's year, period within it, area, unit and forms; every change goes into the page address. */
export function ReportFilters({ query, referenceData, onChange }: ReportFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const current: ReportSearch = {
    year: query.year,
    from: query.from,
    to: query.to,
    area: query.area,
    unitCode: query.unitCode,
    form: query.form?.join(','),
  };
  const set = (patch: Partial<ReportSearch>) => {
    const next = { ...current, ...patch };
    onChange(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== '')) as ReportSearch);
  };
  // Only a whole date goes into the address; the field itself says when the text is not one.
  const setDate = (key: 'from' | 'to') => (value: string) => {
    if (value === '') set({ [key]: undefined });
    else if (ISO_DATE.test(value) && value.startsWith(`${query.year}-`)) set({ [key]: value });
  };
  const min = `${query.year}-01-01`;
  const max = `${query.year}-12-31`;
  const filtered = Boolean(query.from || query.to || query.area || query.unitCode || (query.form && query.form.length > 0));

  return (
    <div role="search" aria-label={t('reports.filtersRegion')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <NativeSelect
          label={t('reports.year')}
          value={String(query.year)}
          // Another year keeps the filters but not a period, which belonged to the year it was chosen in.
          onChange={(e) => set({ year: Number(e.currentTarget.value), from: undefined, to: undefined })}
          data={reportYears(new Date()).map((y) => String(y))}
        />
        <DateField key={`from-${query.year}`} label={t('reports.from')} value={query.from ?? ''} onChange={setDate('from')} min={min} max={query.to ?? max} />
        <DateField key={`to-${query.year}`} label={t('reports.to')} value={query.to ?? ''} onChange={setDate('to')} min={query.from ?? min} max={max} />
        <NativeSelect
          label={t('reports.area')}
          value={query.area ?? ''}
          onChange={(e) => set({ area: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('reports.allAreas') }, ...areaOptions(referenceData, lang, (name) => t('organisations.wholeArea', { name }))]}
        />
        <NativeSelect
          label={t('reports.unit')}
          value={query.unitCode ?? ''}
          onChange={(e) => set({ unitCode: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('reports.allUnits') }, ...referenceOptions(referenceData?.units, lang)]}
        />
        <MultiSelect
          label={t('reports.form')}
          placeholder={query.form && query.form.length > 0 ? undefined : t('reports.allForms')}
          value={query.form ?? []}
          onChange={(forms) => set({ form: forms.join(',') || undefined })}
          data={COOPERATION_FORMS.map((f) => ({ value: f, label: FORM_NAMES[lang][f] }))}
          clearable
          clearButtonProps={{ 'aria-label': t('reports.clearForms') }}
        />
      </SimpleGrid>
      {filtered ? (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => onChange({ year: query.year })}>
          {t('reports.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
