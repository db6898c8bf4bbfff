import { Button, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageNavigation } from '../../components/ui/CursorPager';
import { PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { PanelHeading } from '../organisations/PanelHeading';
import { useReviewMeetings, useReviewQueue } from './api';
import { DueFollowUpsSection } from './DueFollowUpsSection';
import { MembersSection } from './MembersSection';
import { MeetingTable } from './MeetingTable';
import { NewMeetingModal } from './NewMeetingModal';
import { ReviewQueueTable } from './ReviewQueueTable';

const PAGE_SIZE = 25;

/** The review group (INI-2, INI-3, INI-7): initiatives awaiting review, meetings, follow-ups due and members. */
export function ReviewPage() {
  const { t } = useTranslation();
  const allowed = useCan('initiatives.read');
  const canManage = useCan('review.manage');
  const [creating, setCreating] = useState(false);
  if (!allowed) return <ForbiddenPage text={t('initiatives.forbidden')} />;

  return (
    <>
      <PageHeading
        title={t('areas.review')}
        description={t('review.intro')}
        actions={
          canManage ? (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
              {t('review.newMeeting')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <QueueSection />
        <MeetingsSection />
        <DueFollowUpsSection />
        <MembersSection />
      </Stack>
      {canManage ? <NewMeetingModal opened={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

function QueueSection() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const query = useReviewQueue({ limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="queue-heading">
      <div id="queue-heading">
        <PanelHeading title={t('review.queueTitle')} description={t('review.queueIntro')} />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('review.queueEmpty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? <ReviewQueueTable items={data.items} /> : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}

function MeetingsSection() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const query = useReviewMeetings({ limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="meetings-heading">
      <div id="meetings-heading">
        <PanelHeading title={t('review.meetingsTitle')} />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('review.meetingsEmpty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? <MeetingTable meetings={data.items} /> : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}
