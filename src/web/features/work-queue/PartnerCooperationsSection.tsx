import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationForm, CooperationStatus } from '../../../shared/cooperations/forms';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { usePartnerHome } from '../partner-reports/api';

/**
 * A partner's start page, below its "Att göra": the cooperations its organisation is a party to
 * (decision 008; the server reads only the linked organisation's), with the way to reporting.
 */
export function PartnerCooperationsSection() {
  const { t } = useTranslation();
  const query = usePartnerHome(new Date().getFullYear());
  const data = query.data;
  return (
    <section aria-labelledby="partner-cooperations-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} id="partner-cooperations-heading" fz="h3">
            {t('workQueue.partnerCooperationsTitle')}
          </Title>
          <AnchorLink to="/rapportering">{t('workQueue.partnerReportingLink')}</AnchorLink>
        </Group>
        <Paper withBorder radius="md" p="md">
          {query.isPending ? <LoadingState /> : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
          {data && !data.organisation ? (
            <Alert color="yellow" variant="light">
              {t('partnerReports.notLinked')}
            </Alert>
          ) : null}
          {data?.organisation && data.cooperations.length === 0 ? <Text>{t('workQueue.partnerCooperationsEmpty')}</Text> : null}
          {data && data.cooperations.length > 0 ? (
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing="xs">
                <Table.Caption>{t('workQueue.partnerCooperationsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('workQueue.partnerColCooperation')}</Table.Th>
                    <Table.Th scope="col">{t('cooperations.form')}</Table.Th>
                    <Table.Th scope="col">{t('workQueue.partnerColStatus')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.cooperations.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row" fw={500}>
                        {`${c.caseNumber ?? ''} ${c.title}`.trim()}
                      </Table.Th>
                      <Table.Td>{t(`cooperations.form_${c.form as CooperationForm}`)}</Table.Td>
                      <Table.Td>{t(`cooperations.status_${c.status as CooperationStatus}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Paper>
      </Stack>
    </section>
  );
}
