import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { portalHref, usePortalMeeting } from './api';

const route = getRouteApi('/app/portal/moten/$id');

/** A meeting of a steering group in the portal: agenda, minutes, attachments to download, decisions (issue 15). */
export function PortalMeetingPage() {
  const { t } = useTranslation();
  return useCan('portal.read') ? <PortalMeeting /> : <ForbiddenPage text={t('portal.notLinked')} />;
}

function PortalMeeting() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id } = route.useParams();
  const query = usePortalMeeting(id);
  const meeting = query.data;
  return (
    <>
      {meeting ? (
        <AnchorLink to="/portal/styrgrupper/$id" params={{ id: meeting.bodyId }}>
          {t('portal.backToBody', { name: meeting.bodyName })}
        </AnchorLink>
      ) : null}
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {meeting ? (
        <>
          <PageHeading title={`${meeting.bodyName}: ${t('portal.meetingOn', { date: formatCalendarDate(meeting.meetingDate, locale) })}`} />
          <Stack gap="lg">
            {meeting.agenda ? (
              <section aria-labelledby="portal-agenda-heading">
                <Title order={2} fz="h4" id="portal-agenda-heading" mb="xs">
                  {t('portal.agendaTitle')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line' }}>{meeting.agenda}</Text>
              </section>
            ) : null}
            <section aria-labelledby="portal-minutes-heading">
              <Title order={2} fz="h4" id="portal-minutes-heading" mb="xs">
                {t('portal.minutesTitle')}
              </Title>
              <Paper withBorder radius="md" p="md">
                <Text style={{ whiteSpace: 'pre-line' }}>{meeting.minutes ?? t('portal.noMinutes')}</Text>
              </Paper>
            </section>
            <section aria-labelledby="portal-attachments-heading">
              <Title order={2} fz="h4" id="portal-attachments-heading" mb="xs">
                {t('portal.attachmentsTitle')}
              </Title>
              {meeting.attachments.length === 0 ? <EmptyMessage>{t('portal.attachmentsEmpty')}</EmptyMessage> : null}
              <List>
                {meeting.attachments.map((a) => (
                  <List.Item key={a.id}>
                    <Anchor underline="always" href={portalHref.attachment(meeting.id, a.id)}>{`${a.title} (${a.file.originalName})`}</Anchor>
                  </List.Item>
                ))}
              </List>
            </section>
            <section aria-labelledby="portal-meeting-decisions-heading">
              <Title order={2} fz="h4" id="portal-meeting-decisions-heading" mb="xs">
                {t('portal.decisionsAll')}
              </Title>
              {meeting.decisions.length === 0 ? <EmptyMessage>{t('portal.decisionsEmpty')}</EmptyMessage> : null}
              <List>
                {meeting.decisions.map((d) => (
                  <List.Item key={d.id}>{`${d.text} – ${t(`governance.decisionStatus_${d.status}`)}`}</List.Item>
                ))}
              </List>
            </section>
          </Stack>
        </>
      ) : null}
    </>
  );
}
