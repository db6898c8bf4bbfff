import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { formatDateTime } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { actorLabel } from '../audit/audit.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { useInitiativeHistory } from './api';
import { initiativeActionLabel, initiativeChangeLines } from './initiative-history.format';

const PAGE_SIZE = 20;

/** Everything that has happened to the initiative, newest first, from the append-only audit log. */
export function InitiativeHistory({ initiativeId, referenceData }: { initiativeId: string; referenceData: ReferenceDataView | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const pages = useCursorPages();
  const query = useInitiativeHistory(initiativeId, { limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="history-heading">
      <div id="history-heading">
        <PanelHeading title={t('initiatives.history')} />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('initiatives.historyEmpty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={760} type="native">
          <Table verticalSpacing="sm" aria-label={t('initiatives.history')} style={{ verticalAlign: 'top' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.colTime')}</Table.Th>
                <Table.Th scope="col">{t('audit.colAction')}</Table.Th>
                <Table.Th scope="col">{t('audit.colActor')}</Table.Th>
                <Table.Th scope="col">{t('audit.colChanges')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((entry) => {
                const lines = initiativeChangeLines({ i18n, locale, lang, ref: referenceData }, entry);
                return (
                  <Table.Tr key={entry.id}>
                    <Table.Td className="nowrap">
                      <Text size="sm">{formatDateTime(entry.occurredAt, locale)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="brand" title={entry.action}>
                        {initiativeActionLabel(i18n, entry.action)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{actorLabel(i18n, entry)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {lines.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('audit.noChanges')}
                        </Text>
                      ) : (
                        <ul className="changes-list">
                          {lines.map((line) => (
                            <li key={line.field}>
                              <Text size="sm" span fw={600}>
                                {line.label}:
                              </Text>{' '}
                              <Text size="sm" span style={{ whiteSpace: 'pre-wrap' }}>
                                {line.text}
                              </Text>
                            </li>
                          ))}
                        </ul>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}
