import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { LatestFollowUpRecordLink } from '../follow-ups/LatestFollowUpRecordLink';
import { PanelHeading } from '../organisations/PanelHeading';
import { useDueFollowUps } from './api';

const PAGE_SIZE = 25;

/** Running cooperations the group has not followed up within a year, longest overdue first (INI-7). */
export function DueFollowUpsSection() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pages = useCursorPages();
  const query = useDueFollowUps({ limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : t('review.never'));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="due-heading">
      <PanelHeading
        headingId="due-heading"
        title={t('review.dueTitle')}
        description={<WithRequirements ids={['INI-7']}>{t('review.dueIntro')}</WithRequirements>}
      />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('review.dueEmpty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table verticalSpacing="sm" aria-label={t('review.dueTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('review.colCooperation')}</Table.Th>
                <Table.Th scope="col">{t('review.colLastFollowUp')}</Table.Th>
                <Table.Th scope="col">{t('review.colDueSince')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((d) => (
                <Table.Tr key={d.cooperation.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/samverkan/$id" params={{ id: d.cooperation.id }} fw={600} size="sm">
                      {d.cooperation.caseNumber}
                    </AnchorLink>
                    <Text size="sm">{d.cooperation.title}</Text>
                    <LatestFollowUpRecordLink cooperationId={d.cooperation.id} record={d.latestFollowUpRecord} />
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{date(d.lastCounted)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="yellow">
                      {d.dueSince ? formatCalendarDate(d.dueSince, locale) : t('review.dueNow')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}
