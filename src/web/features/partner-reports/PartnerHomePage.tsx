import { Alert, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { usePartnerHome } from './api';
import { periodParts } from './partner-report.format';
import { ReportStatusBadge } from './ReportStatusBadge';

/** The partner's reporting page: its organisation's cooperations and the year's reports, each a link to write it. */
export function PartnerHomePage() {
  const { t } = useTranslation();
  return useCan('partner-reports.submit') ? <PartnerHome /> : <ForbiddenPage text={t('partnerReports.notLinked')} />;
}

function PartnerHome() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const query = usePartnerHome(year);
  const data = query.data;
  return (
    <>
      <PageHeading title={t('partnerReports.homeTitle')} description={<WithRequirements ids={['IOP-9']}>{t('partnerReports.homeIntro')}</WithRequirements>} />
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          {data?.organisation ? (
            <div>
              <Text size="sm" c="dimmed">
                {t('partnerReports.organisationLabel')}
              </Text>
              <Text fw={600}>{data.organisation.name}</Text>
            </div>
          ) : null}
          <NumberInput
            label={t('partnerReports.yearLabel')}
            value={year}
            onChange={(value) => typeof value === 'number' && value >= 2000 && value <= 2100 && setYear(value)}
            min={2000}
            max={2100}
            w={120}
          />
        </Group>
        <Paper withBorder radius="md" p="md">
          {query.isPending ? <LoadingState /> : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
          {data && !data.organisation ? (
            <Alert color="yellow" variant="light">
              {t('partnerReports.notLinked')}
            </Alert>
          ) : null}
          {data?.organisation && data.cooperations.length === 0 ? <EmptyMessage>{t('partnerReports.noCooperations')}</EmptyMessage> : null}
          {data && data.cooperations.length > 0 ? (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm">
                <Table.Caption>{t('partnerReports.cooperationsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('partnerReports.colCooperation')}</Table.Th>
                    {data.cooperations[0]?.reports.map((r) => {
                      const parts = periodParts(r.period);
                      return (
                        <Table.Th scope="col" key={r.period}>
                          {t('partnerReports.periodTitle', { period: t(`partnerReports.${parts.key}`), year: parts.year })}
                        </Table.Th>
                      );
                    })}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.cooperations.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row" fw={500}>
                        {`${c.caseNumber ?? ''} ${c.title}`.trim()}
                      </Table.Th>
                      {c.reports.map((r) => {
                        const parts = periodParts(r.period);
                        const periodText = t('partnerReports.periodTitle', { period: t(`partnerReports.${parts.key}`), year: parts.year });
                        return (
                          <Table.Td key={r.period}>
                            <Stack gap={4} align="flex-start">
                              <ReportStatusBadge status={r.status} />
                              <AnchorLink
                                to="/rapportering/$cooperationId/$period"
                                params={{ cooperationId: c.id, period: r.period }}
                                aria-label={t('partnerReports.open', { period: periodText, cooperation: c.title })}
                                size="sm"
                              >
                                {t('partnerReports.reportTitle', { period: periodText })}
                              </AnchorLink>
                            </Stack>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}
