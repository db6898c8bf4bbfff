import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewMeetingView } from '../../../shared/initiatives/review.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The review group's meetings, newest first; the date links to the meeting. */
export function MeetingTable({ meetings }: { meetings: ReviewMeetingView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="sm" aria-label={t('review.meetingsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.colDate')}</Table.Th>
            <Table.Th scope="col">{t('review.location')}</Table.Th>
            <Table.Th scope="col">{t('review.colAgenda')}</Table.Th>
            <Table.Th scope="col">{t('review.colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/beredningsgrupp/moten/$id" params={{ id: m.id }} fw={600} size="sm">
                  {t('review.meetingOf', { date: formatCalendarDate(m.meetingDate, locale) })}
                </AnchorLink>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{m.location ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('review.agendaCounts', { consultation: m.consultationCount, information: m.informationCount })}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={m.status === 'held' ? 'green' : 'brand'}>
                  {t(`review.meetingStatus_${m.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
