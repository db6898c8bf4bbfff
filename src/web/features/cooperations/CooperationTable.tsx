import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationListItem } from '../../../shared/cooperations/cooperation.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { AlertIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { formatAmount, termText } from './cooperation.format';
import { CooperationStatusBadge } from './CooperationStatusBadge';

/** The overview as a table: the case number links to the cooperation's page; a steering group without a meeting this semester is flagged. */
export function CooperationTable({ cooperations }: { cooperations: CooperationListItem[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();

  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('cooperations.listLabel')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cooperations.colCaseNumber')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colTitle')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colForm')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colParties')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colManager')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colTerm')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('cooperations.colValue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cooperations.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={400} className="nowrap">
                <AnchorLink to="/samverkan/$id" params={{ id: c.id }} fw={600} size="sm" ff="monospace">
                  {c.caseNumber}
                </AnchorLink>
              </Table.Th>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`cooperations.form_${c.form}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <CooperationStatusBadge status={c.status} size="sm" />
                  {c.steeringGroupFlag ? (
                    // IOP-6: a steering group of the cooperation has not met this semester; text, not colour alone.
                    <Group gap={4} wrap="nowrap" align="flex-start" maw={170}>
                      <AlertIcon size={16} aria-hidden="true" color="var(--mantine-color-red-8)" style={{ flexShrink: 0 }} />
                      <Text size="xs" fw={600} c="red.8">
                        {t('cooperations.steeringGroupFlag')}
                      </Text>
                    </Group>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.partyNames.length > 0 ? c.partyNames.join(', ') : <NoValue />}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.managerName ?? <NoValue label={t('cooperations.noManager')} />}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{termText(c.startDate, c.endDate, locale) || <NoValue />}</Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }} className="nowrap">
                <Text size="sm">{c.valueSek === null ? <NoValue /> : formatAmount(c.valueSek, lang)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
