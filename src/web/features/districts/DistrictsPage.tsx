import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { localToday } from '../thresholds/threshold.format';
import { useDistrictHistory } from './api';
import { type DistrictRow, districtRows } from './district-succession.model';
import { SuccessionForm } from './SuccessionForm';

/** Districts as dated reference data with successors (AGR-9): the history, and a merger or split recorded by an administrator. */
export function DistrictsPage() {
  const allowed = useCan('reference.manage');
  return allowed ? <Districts /> : <ForbiddenPage />;
}

function Districts() {
  const { t } = useTranslation();
  const query = useDistrictHistory();
  const [message, setMessage] = useState<string | null>(null);
  const rows = query.data ? districtRows(query.data, localToday()) : [];

  return (
    <>
      <PageHeading title={t('districts.title')} description={<WithRequirements ids={['AGR-9']}>{t('districts.intro')}</WithRequirements>} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="districts-list">
            <PanelHeading title={t('districts.listTitle')} headingId="districts-list" description={t('districts.listText')} />
            {rows.length === 0 ? <EmptyMessage>{t('districts.empty')}</EmptyMessage> : <DistrictTable rows={rows} />}
          </Paper>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="districts-form">
            <PanelHeading title={t('districts.formTitle')} headingId="districts-form" description={t('districts.formText')} />
            <SuccessionForm districts={query.data} onMessage={setMessage} />
          </Paper>
        </Stack>
      ) : null}
    </>
  );
}

function DistrictTable({ rows }: { rows: DistrictRow[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // An open end is not a missing value: the district was there before the register, or stays until changed.
  const date = (value: string | null, open: string) => (value ? formatCalendarDate(value, locale) : <Text span size="sm" c="dimmed">{open}</Text>);
  const stateColor: Record<DistrictRow['state'], string> = { inForce: 'green', future: 'blue', ended: 'gray' };
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" aria-label={t('districts.listTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('districts.name')}</Table.Th>
            <Table.Th scope="col">{t('districts.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('districts.validTo')}</Table.Th>
            <Table.Th scope="col">{t('districts.successors')}</Table.Th>
            <Table.Th scope="col">{t('districts.predecessors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={500}>
                  {row.nameSv}
                </Text>
                <Badge variant="light" color={stateColor[row.state]} size="sm" style={{ textTransform: 'none' }}>
                  {t(`districts.state_${row.state}`)}
                </Badge>
              </Table.Th>
              <Table.Td className="nowrap">{date(row.validFrom, t('districts.openStart'))}</Table.Td>
              <Table.Td className="nowrap">{date(row.validTo, t('districts.openEnd'))}</Table.Td>
              <Table.Td>{links(row.successors, locale)}</Table.Td>
              <Table.Td>{links(row.predecessors, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function links(items: DistrictRow['successors'], locale: string) {
  if (items.length === 0) return <NoValue />;
  return (
    <Stack gap={2}>
      {items.map((s) => (
        <Text size="sm" key={s.code}>
          {s.nameSv} <Text span size="sm" c="dimmed">({formatCalendarDate(s.effectiveOn, locale)})</Text>
        </Text>
      ))}
    </Stack>
  );
}
