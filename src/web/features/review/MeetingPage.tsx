import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewInitiativeView, ReviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { ArrowLeftIcon, CheckCircleIcon, DownloadIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusLine } from '../../components/ui/StatusLine';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useFlash } from '../../components/ui/usePageMessage';
import { WithRecord } from '../../components/ui/WithRecord';
import { PanelHeading } from '../organisations/PanelHeading';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { AgendaTable } from './AgendaTable';
import { AttendeesSection } from './AttendeesSection';
import { FollowUpsSection } from './FollowUpsSection';
import { minutesHref, useHoldMeeting, useReviewMeeting } from './api';
import { RecommendationModal } from './RecommendationModal';
import { splitAgenda } from './review.format';

const route = getRouteApi('/app/beredningsgrupp/moten/$id');

/** A meeting of the review group: its agenda, the recommendations recorded, and the minutes. */
export function MeetingPage() {
  const { t } = useTranslation();
  const allowed = useCan('initiatives.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('initiatives.forbidden')} />;
  return (
    <WithRecord id={id} useRecord={useReviewMeeting} errorTitle={t('review.meeting')}>
      {(meeting) => <Meeting meeting={meeting} />}
    </WithRecord>
  );
}

function Meeting({ meeting }: { meeting: ReviewMeetingDetailView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canManage = useCan('review.manage');
  const hold = useHoldMeeting();
  const [recording, setRecording] = useState<ReviewInitiativeView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [flash, clearFlash] = useFlash();
  const planned = meeting.status === 'planned';
  const { consultation, information } = splitAgenda(meeting.agenda);
  const date = formatCalendarDate(meeting.meetingDate, locale);

  return (
    <>
      <Group mb="xs">
        <AnchorLink to="/beredningsgrupp" size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('review.backToReview')}
          </Group>
        </AnchorLink>
      </Group>
      <PageHeading
        title={t('review.meetingOf', { date })}
        description={meeting.location ? t('review.locationText', { location: meeting.location }) : undefined}
        actions={
          <>
            <Button component="a" href={minutesHref(meeting.id)} download variant="default" leftSection={<DownloadIcon size={18} />}>
              {t('review.downloadMinutes')}
            </Button>
            {canManage && planned ? (
              <Button leftSection={<CheckCircleIcon size={18} />} onClick={() => setConfirming(true)}>
                {t('review.hold')}
              </Button>
            ) : null}
          </>
        }
      />
      <StatusLine label={t('review.colStatus')}>
        <Badge variant="light" color={planned ? 'brand' : 'green'} size="lg">
          {t(`review.meetingStatus_${meeting.status}`)}
        </Badge>
      </StatusLine>
      <StatusMessage message={message ?? flash} onClose={() => (message ? setMessage(null) : clearFlash())} />
      {meeting.notes ? (
        <Text mb="lg" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.notes}
        </Text>
      ) : null}
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="consultation-heading">
          <div id="consultation-heading">
            <PanelHeading title={t('review.consultationTitle')} description={t('review.consultationIntro')} />
          </div>
          {consultation.length === 0 ? (
            <EmptyMessage>{t('review.consultationEmpty')}</EmptyMessage>
          ) : (
            <AgendaTable
              label={t('review.consultationTitle')}
              items={consultation}
              withRecommendations
              onRecord={canManage && planned ? setRecording : undefined}
            />
          )}
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="information-heading">
          <div id="information-heading">
            <PanelHeading title={t('review.informationTitle')} description={t('review.informationIntro')} />
          </div>
          {information.length === 0 ? (
            <EmptyMessage>{t('review.informationEmpty')}</EmptyMessage>
          ) : (
            <AgendaTable label={t('review.informationTitle')} items={information} withRecommendations={false} />
          )}
        </Paper>
        {canManage && planned ? (
          <AddAgendaItemForm meetingId={meeting.id} onAdded={setMessage} />
        ) : null}
        <FollowUpsSection meeting={meeting} editable={canManage && planned} onSaved={setMessage} />
        <AttendeesSection meeting={meeting} editable={canManage && planned} onSaved={setMessage} />
      </Stack>
      <RecommendationModal
        initiative={recording}
        meetingId={meeting.id}
        onClose={() => setRecording(null)}
        onRecorded={(text) => {
          setRecording(null);
          setMessage(text);
        }}
      />
      <ConfirmDialog
        opened={confirming}
        title={t('review.holdTitle')}
        confirmLabel={t('review.holdConfirm')}
        pending={hold.isPending}
        error={hold.error}
        onClose={() => {
          setConfirming(false);
          hold.reset();
        }}
        onConfirm={() =>
          hold.mutate(
            { id: meeting.id, version: meeting.version },
            {
              onSuccess: () => {
                setConfirming(false);
                setMessage(t('review.held'));
              },
            },
          )
        }
      >
        {t('review.holdText', { date })}
      </ConfirmDialog>
    </>
  );
}
