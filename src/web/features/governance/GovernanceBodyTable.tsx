import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodySummaryView } from '../../../shared/governance/governance.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { FlagBadge } from './BodyBadges';

/**
 * Governance bodies with the cooperations they govern (case number and title, linked for those who
 * may read cooperations), type, last meeting and the missed-cadence flag; the name links to the body.
 */
export function GovernanceBodyTable({ bodies, label }: { bodies: GovernanceBodySummaryView[]; label: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canReadCooperations = useCan('cooperations.read');
  return (
    <Table.ScrollContainer minWidth={880} type="native">
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="28%">
              {t('governance.colName')}
            </Table.Th>
            <Table.Th scope="col" w="32%">
              {t('governance.colCooperations')}
            </Table.Th>
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
                {b.cooperations.length === 0 ? (
                  <NoValue />
                ) : (
                  <Stack gap={2}>
                    {b.cooperations.map((c) =>
                      canReadCooperations ? (
                        <AnchorLink key={c.id} to="/samverkan/$id" params={{ id: c.id }} size="sm">
                          <span className="nowrap">{c.caseNumber}</span> {c.title}
                        </AnchorLink>
                      ) : (
                        <Text key={c.id} size="sm">
                          <span className="nowrap">{c.caseNumber}</span> {c.title}
                        </Text>
                      ),
                    )}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`governance.type_${b.type}`)}
                  {b.permanent ? '' : ` (${t('governance.temporary')})`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {b.lastMeetingDate ? formatCalendarDate(b.lastMeetingDate, locale) : t('governance.noMeeting')}
                </Text>
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
