import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobDefinitionView } from '../../../shared/jobs/jobs.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useJobOverview } from './api';
import { jobLabel } from './job-name';

/** The background jobs with their schedules and retry policies, and the latest failed runs. */
export function JobsPanel() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const query = useJobOverview(true);
  const schedule = (job: JobDefinitionView) => {
    const parts = [
      ...(job.cron ? [t('outbox.scheduleCron', { cron: job.cron })] : []),
      ...(job.everySeconds ? [t('outbox.scheduleEvery', { seconds: job.everySeconds })] : []),
      ...(job.runAtStart ? [t('outbox.scheduleAtStart')] : []),
    ];
    return parts.length > 0 ? parts.join(', ') : t('outbox.scheduleNone');
  };

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { definitions, failures, runnerActive } = query.data;
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('outbox.jobsHeading')} description={t('outbox.jobsIntro')} headingId="jobs-heading" />
        <Text size="sm" c="dimmed" mb="sm">
          {t(runnerActive ? 'outbox.runnerActive' : 'outbox.runnerInactive')}
        </Text>
        <Table.ScrollContainer minWidth={700} type="native">
          <Table verticalSpacing="sm" aria-labelledby="jobs-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outbox.colJob')}</Table.Th>
                <Table.Th scope="col">{t('outbox.colSchedule')}</Table.Th>
                <Table.Th scope="col">{t('outbox.colRetry')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {definitions.map((job) => (
                <Table.Tr key={job.name}>
                  <Table.Td>
                    <Text size="sm">{jobLabel(job.name, i18n)}</Text>
                    <Text size="xs" c="dimmed">
                      <code>{job.name}</code>
                    </Text>
                  </Table.Td>
                  <Table.Td>{schedule(job)}</Table.Td>
                  <Table.Td>
                    {t('outbox.retryPolicy', { limit: job.retryLimit, delay: job.retryDelaySeconds })}
                    {job.retryBackoff ? `, ${t('outbox.retryBackoff')}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('outbox.failuresHeading')} headingId="job-failures-heading" />
        {failures.length === 0 ? (
          <EmptyMessage>{t('outbox.failuresEmpty')}</EmptyMessage>
        ) : (
          <Table.ScrollContainer minWidth={800} type="native">
            <Table verticalSpacing="sm" aria-labelledby="job-failures-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outbox.colJob')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.colStatus')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.colError')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.colAttempts')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.colWhen')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failures.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Text size="sm">{jobLabel(f.name, i18n)}</Text>
                      <Text size="xs" c="dimmed">
                        <code>{f.name}</code>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={f.state === 'failed' ? 'red' : 'yellow'} variant="light">
                        {t(`outbox.jobState_${f.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{f.error ?? '–'}</Table.Td>
                    <Table.Td>{t('outbox.attemptsOf', { attempts: f.attempts, max: f.retryLimit + 1 })}</Table.Td>
                    <Table.Td>{f.at ? formatDateTime(f.at, locale) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
