import { Paper, SegmentedControl, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerReportStatus } from '../../../shared/partner/partner-report.rules';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { usePartnerReports } from './api';
import { periodParts } from './partner-report.format';
import { ReportStatusBadge } from './ReportStatusBadge';

const FILTERS = ['submitted', 'returned', 'approved', 'all'] as const;

/** Staff's queue of partner reports: those waiting for review first, then the rest by filter. */
export function PartnerReportsReviewPage() {
  return useCan('partner-reports.review') ? <ReviewQueue /> : <ForbiddenPage />;
}

function ReviewQueue() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('submitted');
  const query = usePartnerReports(filter === 'all' ? undefined : (filter as PartnerReportStatus));
  const items = query.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('partnerReports.reviewTitle')} description={<WithRequirements ids={['IOP-9']}>{t('partnerReports.reviewIntro')}</WithRequirements>} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('partnerReports.filterStatus')}
          value={filter}
          onChange={(value) => setFilter(value as (typeof FILTERS)[number])}
          data={FILTERS.map((f) => ({ value: f, label: t(`partnerReports.filter_${f}`) }))}
          w="fit-content"
        />
        <Paper withBorder radius="md" p="md">
          {query.isPending ? <LoadingState /> : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
          {query.data && items.length === 0 ? <EmptyMessage>{t('partnerReports.reviewEmpty')}</EmptyMessage> : null}
          {items.length > 0 ? (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm">
                <Table.Caption>{t('partnerReports.reviewCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('partnerReports.colCooperation')}</Table.Th>
                    <Table.Th scope="col">{t('partnerReports.colOrganisation')}</Table.Th>
                    <Table.Th scope="col">{t('partnerReports.colPeriod')}</Table.Th>
                    <Table.Th scope="col">{t('partnerReports.colSubmitted')}</Table.Th>
                    <Table.Th scope="col">{t('partnerReports.colStatus')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => {
                    const parts = periodParts(r.period);
                    return (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          <AnchorLink to="/partnerrapporter/$id" params={{ id: r.id }}>
                            {`${r.cooperation.caseNumber ?? ''} ${r.cooperation.title}`.trim()}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>{r.organisation.name}</Table.Td>
                        <Table.Td>{t('partnerReports.periodTitle', { period: t(`partnerReports.${parts.key}`), year: parts.year })}</Table.Td>
                        <Table.Td>{r.submittedAt ? formatDateTime(r.submittedAt, locale) : t('common.none')}</Table.Td>
                        <Table.Td>
                          <ReportStatusBadge status={r.status} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}
