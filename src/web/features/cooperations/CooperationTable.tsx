import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationListItem } from '../../../shared/cooperations/cooperation.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { AlertIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { formatAmount, termEnds } from './cooperation.format';
import { CooperationStatusBadge } from './CooperationStatusBadge';

/**
 * The overview as a table that fits a 1366 px screen without sideways scrolling: the case number
 * links to the cooperation's page with the registry number (labelled "Dnr") under it, the parties
 * stand under the title, the term takes two short lines, and the status column keeps room for its
 * flag of a steering group without a meeting this semester (IOP-6). Narrower screens scroll the table.
 */
export function CooperationTable({ cooperations }: { cooperations: CooperationListItem[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();

  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" horizontalSpacing="xs" highlightOnHover aria-label={t('cooperations.listLabel')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cooperations.colCaseNumber')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colCooperation')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colForm')}</Table.Th>
            <Table.Th scope="col" miw={140}>
              {t('cooperations.colStatus')}
            </Table.Th>
            <Table.Th scope="col">{t('cooperations.colManager')}</Table.Th>
            <Table.Th scope="col">{t('cooperations.colTerm')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('cooperations.colValue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cooperations.map((c) => {
            const term = termEnds(c.startDate, c.endDate, locale, t);
            return (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" fw={400}>
                  <AnchorLink to="/samverkan/$id" params={{ id: c.id }} fw={600} size="sm" ff="monospace" className="nowrap">
                    {c.caseNumber}
                  </AnchorLink>
                  {c.registryNumber ? (
                    // The label may wrap above the number; the number itself never breaks.
                    <Text size="xs" c="dimmed">
                      {t('cooperations.registryNumberLabelShort')} <span className="nowrap">{c.registryNumber}</span>
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {c.partyNames.length > 0 ? c.partyNames.join(', ') : <NoValue />}
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
                      <Group gap={4} wrap="nowrap" align="flex-start">
                        <AlertIcon size={16} aria-hidden="true" color="var(--mantine-color-red-8)" style={{ flexShrink: 0 }} />
                        <Text size="xs" fw={600} c="red.8">
                          {t('cooperations.steeringGroupFlag')}
                        </Text>
                      </Group>
                    ) : null}
                    {c.controlsFlag ? (
                      // EMP-2: an employer's control failed or expired beyond the grace period; text, not colour alone.
                      <Group gap={4} wrap="nowrap" align="flex-start">
                        <AlertIcon size={16} aria-hidden="true" color="var(--mantine-color-red-8)" style={{ flexShrink: 0 }} />
                        <Text size="xs" fw={600} c="red.8">
                          {t('cooperations.controlsFlagged')}
                        </Text>
                      </Group>
                    ) : null}
                    {c.welfareValueFlag ? (
                      // FRM-7: a welfare-service procurement's value near or past a threshold; text, not colour alone.
                      <Group gap={4} wrap="nowrap" align="flex-start">
                        <AlertIcon size={16} aria-hidden="true" color="var(--mantine-color-red-8)" style={{ flexShrink: 0 }} />
                        <Text size="xs" fw={600} c="red.8">
                          {t(`economy.flag_${c.welfareValueFlag}`)}
                        </Text>
                      </Group>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.managerName ?? <NoValue label={t('cooperations.noManager')} />}</Text>
                </Table.Td>
                <Table.Td>
                  {term ? (
                    <Text size="sm">
                      <span className="nowrap">{term.start} –</span>
                      <br />
                      {term.end}
                    </Text>
                  ) : (
                    <NoValue />
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }} className="nowrap">
                  <Text size="sm">{c.valueSek === null ? <NoValue /> : formatAmount(c.valueSek, lang)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
