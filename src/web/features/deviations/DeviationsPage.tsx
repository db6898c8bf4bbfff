import { Badge, Button, Group, NativeSelect, Paper, Select, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVIATION_SEVERITIES, DEVIATION_STATUSES } from '../../../shared/deviations/deviation.rules';
import type { DeviationQuery } from '../../../shared/deviations/deviation.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { exportHref, useDeviations, useReportableCooperations } from './api';
import { handlerLabel, placeLabel } from './deviation.format';
import { DeviationReportForm } from './DeviationReportForm';

/** Deviations (AGR-4): the filtered list with export, and the form to report one. */
export function DeviationsPage() {
  const { t } = useTranslation();
  return useCan('deviations.read') ? <Deviations /> : <ForbiddenPage text={t('deviations.forbidden')} />;
}

const SEVERITY_COLOR = { low: 'gray', medium: 'yellow', high: 'red' } as const;

function Deviations() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const canReport = useCan('deviations.report');
  const [filters, setFilters] = useState<DeviationQuery>({});
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const query = useDeviations(filters);
  const [search, setSearch] = useState('');
  const cooperations = useReportableCooperations(search, true).data ?? [];
  const set = (key: keyof DeviationQuery, value: string) => setFilters((f) => ({ ...f, [key]: value === '' ? undefined : value }));
  const all = { value: '', label: t('deviations.all') };

  return (
    <>
      <PageHeading
        title={t('deviations.title')}
        description={<WithRequirements ids={['AGR-4']}>{t('deviations.intro')}</WithRequirements>}
        actions={
          canReport && !reporting ? (
            <Button onClick={() => setReporting(true)}>{t('deviations.reportAction')}</Button>
          ) : undefined
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="lg">
        {reporting ? (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="deviation-report-heading">
            <PanelHeading title={t('deviations.reportHeading')} headingId="deviation-report-heading" />
            <DeviationReportForm
              onReported={() => {
                setReporting(false);
                setMessage(t('deviations.reported'));
              }}
            />
          </Paper>
        ) : null}
        <Group align="flex-end" gap="md" role="group" aria-label={t('deviations.filters')}>
          <NativeSelect
            label={t('deviations.filterStatus')}
            data={[all, ...DEVIATION_STATUSES.map((s) => ({ value: s, label: t(`deviations.status_${s}`) }))]}
            value={filters.status ?? ''}
            onChange={(e) => set('status', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('deviations.filterSeverity')}
            data={[all, ...DEVIATION_SEVERITIES.map((s) => ({ value: s, label: t(`deviations.severity_${s}`) }))]}
            value={filters.severity ?? ''}
            onChange={(e) => set('severity', e.currentTarget.value)}
          />
          <Select
            label={t('deviations.filterCooperation')}
            placeholder={t('deviations.all')}
            searchable
            clearable
            data={cooperations}
            value={filters.cooperationId ?? null}
            onChange={(v) => set('cooperationId', v ?? '')}
            onSearchChange={setSearch}
            w={320}
          />
          <NativeSelect
            label={t('deviations.filterOverdue')}
            data={[all, { value: 'true', label: t('deviations.onlyOverdue') }, { value: 'false', label: t('deviations.notOverdue') }]}
            value={filters.overdue ?? ''}
            onChange={(e) => set('overdue', e.currentTarget.value)}
          />
        </Group>
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data ? (
          <Paper withBorder radius="md" p="lg">
            <PanelHeading
              title={t('deviations.listHeading')}
              actions={
                query.data.items.length > 0 ? (
                  <Group gap="xs" role="group" aria-label={t('deviations.exportLabel')}>
                    <Button component="a" href={exportHref(filters, 'xlsx', lang)} variant="default" size="sm" download>
                      {t('deviations.exportExcel')}
                    </Button>
                    <Button component="a" href={exportHref(filters, 'csv', lang)} variant="default" size="sm" download>
                      {t('deviations.exportCsv')}
                    </Button>
                  </Group>
                ) : undefined
              }
            />
            {query.data.items.length === 0 ? (
              <EmptyMessage>{t('deviations.empty')}</EmptyMessage>
            ) : (
              <Table.ScrollContainer minWidth={900} type="native">
                <Table verticalSpacing="sm" aria-label={t('deviations.listHeading')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('deviations.colDate')}</Table.Th>
                      <Table.Th scope="col">{t('deviations.colWhat')}</Table.Th>
                      <Table.Th scope="col">{t('deviations.colWhere')}</Table.Th>
                      <Table.Th scope="col">{t('deviations.colSeverity')}</Table.Th>
                      <Table.Th scope="col">{t('deviations.colStatus')}</Table.Th>
                      <Table.Th scope="col">{t('deviations.colHandler')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {query.data.items.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>{formatCalendarDate(d.occurredOn, locale)}</Table.Td>
                        <Table.Td>
                          <AnchorLink to="/avvikelser/$id" params={{ id: d.id }}>
                            {d.description.length > 80 ? `${d.description.slice(0, 80)}…` : d.description}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>{placeLabel(d)}</Table.Td>
                        <Table.Td>
                          <Badge color={SEVERITY_COLOR[d.severity]} variant="light">
                            {t(`deviations.severity_${d.severity}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {t(`deviations.status_${d.status}`)}
                            {d.overdue ? (
                              <Badge color="red" variant="filled">
                                {t('deviations.overdue')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>{handlerLabel(d, t)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
