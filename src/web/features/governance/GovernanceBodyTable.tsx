import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodySummaryView } from '../../../shared/governance/governance.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { FlagBadge } from './BodyBadges';

/** Governance bodies with type, last meeting and the missed-cadence flag; the name links to the body. */
export function GovernanceBodyTable({ bodies, label }: { bodies: GovernanceBodySummaryView[]; label: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('governance.colName')}</Table.Th>
            <Table.Th scope="col">{t('governance.colType')}</Table.Th>
            <Table.Th scope="col">{t('governance.colLastMeeting')}</Table.Th>
            <Table.Th scope="col">{t('governance.colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bodies.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/styrgrupper/$id" params={{ id: b.id }} fw={600} size="sm">
                  {b.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>
                <Text size="sm">
                  {t(`governance.type_${b.type}`)}
                  {b.permanent ? '' : ` (${t('governance.temporary')})`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{b.lastMeetingDate ? formatCalendarDate(b.lastMeetingDate, locale) : t('governance.noMeeting')}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Badge variant="light" color={b.status === 'active' ? 'green' : 'gray'} size="sm">
                    {t(`governance.status_${b.status}`)}
                  </Badge>
                  <FlagBadge body={b} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
