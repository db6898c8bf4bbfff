import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useMeasurementGrid } from '../measurements/api';
import { PeriodGrid } from '../measurements/PeriodGrid';

/**
 * The measurements a partner reports with a period's report (AGR-6): the period's grid of the
 * year's adopted plan, editable while the report may be changed.
 */
export function ReportMeasurements({ cooperationId, period, editable, onSaved }: { cooperationId: string; period: string; editable: boolean; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const year = Number(period.slice(0, 4));
  const grid = useMeasurementGrid(cooperationId, year, null);
  const view = grid.data;
  const sheet = view?.sheets.find((s) => s.period === period);
  return (
    <section aria-labelledby="report-measurements-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="report-measurements-heading">
          <WithRequirements ids={['AGR-6']}>{t('partnerReports.measurementsTitle')}</WithRequirements>
        </Title>
        {grid.isPending ? <LoadingState /> : null}
        {grid.isError ? <ErrorState error={grid.error} onRetry={() => void grid.refetch()} /> : null}
        {view && (!view.plan || view.plan.status !== 'adopted') ? <Text size="sm">{t('partnerReports.measurementsNoPlan', { year })}</Text> : null}
        {view?.plan?.status === 'adopted' && view.indicators.length === 0 ? <Text size="sm">{t('partnerReports.measurementsNoIndicators')}</Text> : null}
        {view?.plan?.status === 'adopted' && view.indicators.length > 0 && !view.periods.includes(period) ? (
          <Alert variant="light">{t(view.plan.periodKind === 'year' ? 'partnerReports.measurementsPerYear' : 'partnerReports.measurementsPerSemester')}</Alert>
        ) : null}
        {view?.plan?.status === 'adopted' && view.indicators.length > 0 && view.periods.includes(period) ? (
          <>
            <Text size="sm" c="dimmed">
              {t('partnerReports.measurementsHint')}
            </Text>
            <PeriodGrid
              key={`${period}|${sheet?.version ?? 0}`}
              view={view}
              period={period}
              canWrite={editable}
              onSaved={onSaved}
              onReload={() => void grid.refetch()}
              reloading={grid.isFetching}
            />
          </>
        ) : null}
      </Stack>
    </section>
  );
}
