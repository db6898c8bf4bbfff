import { Badge, Paper, Switch, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { CursorPager } from '../../components/ui/CursorPager';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { useDueReviews } from './api';
import { dueStatusColor } from './lifecycle.format';

const PAGE_SIZE = 50;

/** The managers' worklist: agreements whose yearly review is due or overdue (IOP-8, AGR-7). */
export function DueReviewsPage() {
  const { t } = useTranslation();
  const allowed = useCan('annual-reviews.read');
  return allowed ? <DueReviews /> : <ForbiddenPage text={t('lifecycle.dueListForbidden')} />;
}

function DueReviews() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const isManager = useCan('annual-reviews.write');
  const [mine, setMine] = useState(false);
  const pages = useCursorPages(String(mine));
  const query = useDueReviews({ limit: PAGE_SIZE, cursor: pages.cursor, mine: mine ? 'true' : undefined });
  const data = query.data;
  return (
    <>
      <PageHeading
        title={t('lifecycle.dueListTitle')}
        description={<WithRequirements ids={['IOP-8', 'AGR-7']}>{t('lifecycle.dueListIntro')}</WithRequirements>}
      />
      <Paper withBorder radius="md" p="md">
        {isManager ? <Switch label={t('lifecycle.dueListMine')} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} mb="md" /> : null}
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {data && data.items.length === 0 ? <EmptyMessage>{t('lifecycle.dueListEmpty')}</EmptyMessage> : null}
        {data && data.items.length > 0 ? (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t('lifecycle.dueListCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('lifecycle.colAgreement')}</Table.Th>
                  <Table.Th scope="col">{t('lifecycle.colCooperation')}</Table.Th>
                  <Table.Th scope="col">{t('lifecycle.colManager')}</Table.Th>
                  <Table.Th scope="col">{t('lifecycle.colYear')}</Table.Th>
                  <Table.Th scope="col">{t('lifecycle.colDueOn')}</Table.Th>
                  <Table.Th scope="col">{t('lifecycle.colStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.agreementId}>
                    <Table.Td>
                      <AnchorLink to="/samverkan/$id/avtal/$agreementId" params={{ id: item.cooperationId, agreementId: item.agreementId }}>
                        {item.agreementTitle}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <AnchorLink to="/samverkan/$id" params={{ id: item.cooperationId }}>
                        {`${item.caseNumber} · ${item.cooperationTitle}`}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{item.responsibleManager?.name ?? t('common.none')}</Table.Td>
                    <Table.Td>{item.nextReviewYear}</Table.Td>
                    <Table.Td>{formatCalendarDate(item.dueOn, locale)}</Table.Td>
                    <Table.Td>
                      <Badge color={dueStatusColor(item.status)} variant="light">
                        {t(`lifecycle.dueBadge_${item.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {data ? (
          <CursorPager
            pageIndex={pages.pageIndex}
            pageSize={PAGE_SIZE}
            itemCount={data.items.length}
            total={data.total}
            hasNext={data.nextCursor !== null}
            onPrevious={pages.previous}
            onNext={() => pages.next(data.nextCursor)}
          />
        ) : null}
      </Paper>
    </>
  );
}
