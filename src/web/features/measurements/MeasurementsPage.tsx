import { Alert, Group, NumberInput, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeasurementGridView } from '../../../shared/followup/measurement.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { AlertIcon, ArrowLeftIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { RequirementTags } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { WithCooperation } from '../cooperations/WithCooperation';
import { useMeasurementGrid } from './api';
import { ClusterProgressionSection } from './ClusterProgressionSection';
import { MeasurementCharts } from './MeasurementCharts';
import { PeriodGrid } from './PeriodGrid';

const route = getRouteApi('/app/samverkan/$id/matningar');

/** A cooperation's measurements for a year (AGR-6): one period's grid to fill in, and the charts. */
export function MeasurementsPage() {
  const { t } = useTranslation();
  const allowed = useCan('measurements.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('measurements.forbidden')} />;
  return <WithCooperation id={id}>{(cooperation) => <Measurements cooperationId={cooperation.id} title={cooperation.title} />}</WithCooperation>;
}

function Measurements({ cooperationId, title }: { cooperationId: string; title: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? new Date().getFullYear();
  const clusterId = search.clusterId ?? null;
  const grid = useMeasurementGrid(cooperationId, year, clusterId);
  const { setMessage, messageProps } = usePageMessage();
  const setSearch = (next: { year?: number; clusterId?: string | undefined; period?: string | undefined }) =>
    void navigate({ search: (s) => ({ ...s, ...next }), replace: true, resetScroll: false });

  return (
    <>
      <Group mb="xs">
        <AnchorLink to="/samverkan/$id" params={{ id: cooperationId }} size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('measurements.back')}
          </Group>
        </AnchorLink>
      </Group>
      <PageHeading title={t('measurements.title', { year })} description={title} />
      <Group gap="xs" mb="sm">
        <RequirementTags ids={['AGR-6']} />
      </Group>
      <PageMessage {...messageProps} />
      <Stack gap="lg">
        <Text size="sm">{t('measurements.intro')}</Text>
        <Group align="flex-end">
          <NumberInput
            label={t('measurements.year')}
            value={year}
            min={1900}
            max={2200}
            allowDecimal={false}
            w={120}
            onChange={(value) => {
              if (typeof value === 'number' && value >= 1900 && value <= 2200) setSearch({ year: value, period: undefined });
            }}
          />
          {grid.data && grid.data.clusters.length > 0 ? (
            <Select
              label={t('measurements.cluster')}
              value={clusterId ?? ''}
              allowDeselect={false}
              data={[{ value: '', label: t('measurements.wholeCooperation') }, ...grid.data.clusters.map((c) => ({ value: c.id, label: c.name }))]}
              onChange={(value) => setSearch({ clusterId: value ? value : undefined })}
            />
          ) : null}
        </Group>
        {grid.error ? <ErrorState error={grid.error} onRetry={() => void grid.refetch()} /> : null}
        {grid.isPending && !grid.error ? <LoadingState /> : null}
        {grid.data ? (
          <GridBody
            view={grid.data}
            period={search.period}
            onPeriod={(period) => setSearch({ period })}
            onSaved={setMessage}
            onReload={() => void grid.refetch()}
            reloading={grid.isFetching}
          />
        ) : null}
        {grid.data && grid.data.clusters.length > 0 ? <ClusterProgressionSection cooperationId={cooperationId} year={year} /> : null}
      </Stack>
    </>
  );
}

type GridBodyProps = {
  view: MeasurementGridView;
  period: string | undefined;
  onPeriod: (period: string) => void;
  onSaved: (message: string) => void;
  onReload: () => void;
  reloading: boolean;
};

function GridBody({ view, period, onPeriod, onSaved, onReload, reloading }: GridBodyProps) {
  const { t } = useTranslation();
  const canWrite = useCan('measurements.write');
  if (!view.plan) return <EmptyMessage>{t('measurements.noPlan', { year: view.year })}</EmptyMessage>;
  if (view.indicators.length === 0) return <EmptyMessage>{t('measurements.noIndicators')}</EmptyMessage>;
  const current = period && view.periods.includes(period) ? period : (view.periods[0] ?? '');
  const sheet = view.sheets.find((s) => s.period === current);
  return (
    <Stack gap="lg">
      {!view.writable ? (
        <Alert color="yellow" variant="light" icon={<AlertIcon />}>
          {t('measurements.notAdopted')}
        </Alert>
      ) : null}
      {view.periods.length > 1 ? (
        <SegmentedControl aria-label={t('measurements.periodsLabel')} value={current} data={view.periods} onChange={onPeriod} w="fit-content" />
      ) : null}
      <PeriodGrid
        // A new period, cluster or saved version starts the draft again from what is stored.
        key={`${current}|${view.clusterId ?? ''}|${sheet?.version ?? 0}`}
        view={view}
        period={current}
        canWrite={canWrite}
        onSaved={onSaved}
        onReload={onReload}
        reloading={reloading}
      />
      <MeasurementCharts view={view} />
    </Stack>
  );
}
