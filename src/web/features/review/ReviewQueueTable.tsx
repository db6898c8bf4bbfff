import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewQueueItemView } from '../../../shared/initiatives/review.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDate } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { formLabel } from '../initiatives/initiative.format';
import { InitiativeNumberLine } from '../initiatives/InitiativeNumberLine';
import { InitiativeStatusBadge } from '../initiatives/InitiativeStatusBadge';

/** Initiatives awaiting the review group: consulted (Samråd) or only reported (Information). */
export function ReviewQueueTable({ items }: { items: ReviewQueueItemView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={820} type="native">
      <Table verticalSpacing="sm" aria-label={t('review.queueTitle')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.colInitiative')}</Table.Th>
            <Table.Th scope="col">{t('review.colKind')}</Table.Th>
            <Table.Th scope="col">{t('review.colProposedForm')}</Table.Th>
            <Table.Th scope="col">{t('review.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('review.colMeeting')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/initiativ/$id" params={{ id: i.id }} fw={600} size="sm">
                  {i.title}
                </AnchorLink>
                <InitiativeNumberLine initiative={i} />
                <Text size="xs" c="dimmed">
                  {[i.organisations.map((o) => o.name).join(', '), formatDate(i.createdAt, locale)].filter(Boolean).join(' · ')}
                </Text>
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={i.agendaKind === 'consultation' ? 'brand' : 'gray'}>
                  {t(`review.kind_${i.agendaKind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.proposedForm ? formLabel(t, i.proposedForm) : t('initiatives.noProposedForm')}</Text>
              </Table.Td>
              <Table.Td>
                <InitiativeStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td>
                {i.plannedMeetingId ? (
                  <AnchorLink to="/beredningsgrupp/moten/$id" params={{ id: i.plannedMeetingId }} size="sm">
                    {t('review.onAgenda')}
                  </AnchorLink>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('review.notOnAgenda')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
