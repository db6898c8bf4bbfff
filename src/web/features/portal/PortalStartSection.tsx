import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDate } from '../../components/ui/date.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { usePortalOverview } from './api';
import { PortalDecisionCard } from './PortalDecisionCard';

/**
 * The partner's start (issue 15): what its organisation needs to do first — joint decisions waiting
 * for its approval, reports due, documents staff sent back — and nothing else above the areas.
 */
export function PortalStartSection() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = usePortalOverview();
  const data = query.data;
  const nothing = data && data.decisionsAwaiting.length === 0 && data.reportsDue.length === 0 && data.returnedSubmissions.length === 0;
  return (
    <section aria-labelledby="portal-start-heading">
      <Stack gap="md" maw={960}>
        <div>
          <Title order={2} id="portal-start-heading" fz="h3">
            {t('portal.startTitle')}
          </Title>
          <Text>{t('portal.startIntro')}</Text>
        </div>
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {data && !data.organisation ? (
          <Alert color="yellow" variant="light">
            {t('portal.notLinked')}
          </Alert>
        ) : null}
        {data?.organisation && nothing ? (
          <Paper withBorder radius="md" p="md">
            <Text>{t('portal.nothingToDo')}</Text>
          </Paper>
        ) : null}
        {data && data.decisionsAwaiting.length > 0 ? (
          <div>
            <Title order={3} fz="h4" mb="sm">
              {t('portal.decisionsTitle')}
            </Title>
            <Stack gap="sm">
              {data.decisionsAwaiting.map((d) => (
                <div key={d.id}>
                  <AnchorLink to="/portal/styrgrupper/$id" params={{ id: d.bodyId }}>
                    {d.bodyName}
                  </AnchorLink>
                  <PortalDecisionCard decision={d} partyNames={new Map(d.parties.map((p) => [p.id, p.name]))} organisationId={data.organisation?.id ?? ''} canVote={d.canVote} headingLevel="h4" />
                </div>
              ))}
            </Stack>
          </div>
        ) : null}
        {data && data.reportsDue.length > 0 ? (
          <div>
            <Title order={3} fz="h4" mb="sm">
              {t('portal.reportsTitle')}
            </Title>
            <Paper withBorder radius="md" p="md">
              <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {data.reportsDue.map((item) => (
                  <li key={item.key}>
                    <AnchorLink to={item.link}>{item.title}</AnchorLink>
                    <Text size="sm" c="dimmed">
                      {`${item.subtitle ?? ''} · ${t(`workQueue.why_${item.reason}`)}`}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Paper>
          </div>
        ) : null}
        {data && data.returnedSubmissions.length > 0 ? (
          <div>
            <Title order={3} fz="h4" mb="sm">
              {t('portal.returnedTitle')}
            </Title>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {data.returnedSubmissions.map((s) => (
                  <li key={s.id}>
                    <Text fw={600}>{`${t(`documents.type_${s.documentType}`)} (${formatDate(s.reviewedAt ?? s.submittedAt, locale)})`}</Text>
                    {s.reviewComment ? <Text size="sm">{t('portal.returnedComment', { comment: s.reviewComment })}</Text> : null}
                  </li>
                ))}
              </Stack>
              <AnchorLink to="/portal/organisation">{t('portal.toOrganisation')}</AnchorLink>
            </Paper>
          </div>
        ) : null}
        {data && data.waitingSubmissions > 0 ? <Text size="sm">{t('portal.waitingSubmissions', { count: data.waitingSubmissions })}</Text> : null}
      </Stack>
    </section>
  );
}
