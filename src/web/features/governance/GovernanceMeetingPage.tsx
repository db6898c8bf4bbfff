import { Group, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodyDetailView, MeetingDetailView } from '../../../shared/governance/governance.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { WithRecord } from '../../components/ui/WithRecord';
import { ActionItemsSection } from './ActionItemsSection';
import { useGovernanceBody, useMeeting } from './api';
import { DecisionsSection } from './DecisionsSection';
import { MeetingAttachmentsSection } from './MeetingAttachmentsSection';
import { MeetingAttendeesSection } from './MeetingAttendeesSection';
import { MeetingTextSection } from './MeetingTextSection';

const route = getRouteApi('/app/styrgrupper/moten/$id');

/** A meeting of a governance body: agenda, attendees, minutes, action items and the decisions proposed at it. */
export function GovernanceMeetingPage() {
  const { t } = useTranslation();
  const allowed = useCan('governance.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('governance.forbidden')} />;
  return (
    <WithRecord id={id} useRecord={useMeeting} errorTitle={t('governance.meeting')}>
      {(meeting) => (
        <WithRecord id={meeting.bodyId} useRecord={useGovernanceBody} errorTitle={t('governance.meeting')}>
          {(body) => <Meeting meeting={meeting} body={body} />}
        </WithRecord>
      )}
    </WithRecord>
  );
}

function Meeting({ meeting, body }: { meeting: MeetingDetailView; body: GovernanceBodyDetailView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('governance.write');
  const { setMessage, messageProps } = usePageMessage();
  return (
    <>
      <Group mb="xs">
        <AnchorLink to="/styrgrupper/$id" params={{ id: body.id }} size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('governance.backToBody', { name: body.name })}
          </Group>
        </AnchorLink>
      </Group>
      <PageHeading title={t('governance.meetingOf', { date: formatCalendarDate(meeting.meetingDate, locale) })} description={body.name} />
      <PageMessage {...messageProps} />
      <Stack gap="lg">
        <MeetingTextSection key={`agenda-${meeting.version}`} meeting={meeting} field="agenda" editable={canWrite} onMessage={setMessage} />
        <MeetingAttendeesSection key={`attendees-${meeting.version}`} meeting={meeting} members={body.members} editable={canWrite} onMessage={setMessage} />
        <MeetingTextSection key={`minutes-${meeting.version}`} meeting={meeting} field="minutes" editable={canWrite} onMessage={setMessage} />
        <ActionItemsSection meeting={meeting} members={body.members} editable={canWrite} onMessage={setMessage} />
        <MeetingAttachmentsSection meetingId={meeting.id} editable={canWrite && body.status === 'active'} onMessage={setMessage} />
        <DecisionsSection
          bodyId={body.id}
          meetingId={meeting.id}
          decisions={meeting.decisions}
          members={body.members}
          parties={body.parties}
          bodyActive={body.status === 'active'}
          title={t('governance.meetingDecisionsTitle')}
          emptyText={t('governance.meetingDecisionsEmpty')}
          onMessage={setMessage}
        />
      </Stack>
    </>
  );
}
