import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { usePortalBody } from './api';
import { PortalDecisionCard } from './PortalDecisionCard';

const route = getRouteApi('/app/portal/styrgrupper/$id');

/** One steering group in the portal: members, parties, meetings and its joint decisions (issue 15, IOP-6). */
export function PortalBodyPage() {
  const { t } = useTranslation();
  return useCan('portal.read') ? <PortalBody /> : <ForbiddenPage text={t('portal.notLinked')} />;
}

function PortalBody() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id } = route.useParams();
  const query = usePortalBody(id);
  const body = query.data;
  const partyNames = new Map((body?.parties ?? []).map((p) => [p.id, p.name]));
  return (
    <>
      <AnchorLink to="/portal/styrgrupper">{t('portal.backToBodies')}</AnchorLink>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {body ? (
        <>
          <PageHeading title={body.name} description={body.mandate ?? undefined} />
          <Stack gap="xl">
            <section aria-labelledby="portal-decisions-heading">
              <Title order={2} fz="h3" id="portal-decisions-heading" mb="md">
                {t('portal.decisionsAll')}
              </Title>
              {body.decisions.length === 0 ? <EmptyMessage>{t('portal.decisionsEmpty')}</EmptyMessage> : null}
              <Stack gap="sm">
                {body.decisions.map((d) => (
                  <PortalDecisionCard key={d.id} decision={d} partyNames={partyNames} organisationId={body.organisationId} canVote={body.canVote} />
                ))}
              </Stack>
            </section>
            <section aria-labelledby="portal-meetings-heading">
              <Title order={2} fz="h3" id="portal-meetings-heading" mb="md">
                {t('portal.meetingsTitle')}
              </Title>
              <Paper withBorder radius="md" p="md">
                {body.meetings.length === 0 ? <EmptyMessage>{t('portal.meetingsEmpty')}</EmptyMessage> : null}
                <List>
                  {body.meetings.map((m) => (
                    <List.Item key={m.id}>
                      <AnchorLink to="/portal/moten/$id" params={{ id: m.id }}>
                        {t('portal.meetingOn', { date: formatCalendarDate(m.meetingDate, locale) })}
                      </AnchorLink>
                    </List.Item>
                  ))}
                </List>
              </Paper>
            </section>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <section aria-labelledby="portal-parties-heading">
                <Title order={2} fz="h4" id="portal-parties-heading" mb="sm">
                  {t('portal.partiesTitle')}
                </Title>
                <List>
                  {body.parties.map((p) => (
                    <List.Item key={p.id}>{p.name}</List.Item>
                  ))}
                </List>
              </section>
              <section aria-labelledby="portal-members-heading">
                <Title order={2} fz="h4" id="portal-members-heading" mb="sm">
                  {t('portal.membersTitle')}
                </Title>
                <List>
                  {body.members
                    .filter((m) => m.active)
                    .map((m) => (
                      <List.Item key={m.id}>
                        <Text span>{`${m.name}, ${m.roleTitle} (${m.organisation.name})`}</Text>
                      </List.Item>
                    ))}
                </List>
              </section>
            </SimpleGrid>
          </Stack>
        </>
      ) : null}
    </>
  );
}
