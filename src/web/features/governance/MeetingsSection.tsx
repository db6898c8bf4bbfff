import { Button, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodyDetailView } from '../../../shared/governance/governance.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { PanelHeading } from '../organisations/PanelHeading';
import { useBodyMeetings } from './api';
import { NewMeetingModal } from './NewMeetingModal';

const PAGE_SIZE = 20;

/** The body's meetings, newest first, each linking to its page; "Nytt möte" for writers. */
export function MeetingsSection({ body }: { body: GovernanceBodyDetailView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('governance.write');
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages();
  const query = useBodyMeetings(body.id, { limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="meetings-heading">
      <div id="meetings-heading">
        <PanelHeading
          title={t('governance.meetingsTitle')}
          actions={
            canWrite ? (
              <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
                {t('governance.newMeeting')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('governance.meetingsEmpty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table verticalSpacing="xs" aria-label={t('governance.meetingsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.colDate')}</Table.Th>
                <Table.Th scope="col">{t('governance.colAttendees')}</Table.Th>
                <Table.Th scope="col">{t('governance.minutes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/styrgrupper/moten/$id" params={{ id: m.id }} fw={600} size="sm">
                      {t('governance.meetingOf', { date: formatCalendarDate(m.meetingDate, locale) })}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{t('governance.attendeeCount', { count: m.attendeeMemberIds.length })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.minutes ? t('governance.hasMinutes') : t('governance.noMinutes')}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
      {canWrite ? <NewMeetingModal bodyId={body.id} members={body.members} opened={creating} onClose={() => setCreating(false)} /> : null}
    </Paper>
  );
}
