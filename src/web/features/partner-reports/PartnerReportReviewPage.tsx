import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerReportView } from '../../../shared/partner/partner-report.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { isApiError } from '../../api/client';
import { financialReportHref, useApprovePartnerReport, usePartnerReport, useReturnPartnerReport } from './api';
import { periodParts } from './partner-report.format';
import { ReportStatusBadge } from './ReportStatusBadge';

const route = getRouteApi('/app/partnerrapporter/$id');

/** Staff read one partner report, open its financial report, and approve it or return it with a comment. */
export function PartnerReportReviewPage() {
  return useCan('partner-reports.review') ? <ReportReview /> : <ForbiddenPage />;
}

function ReportReview() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = usePartnerReport(id);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <AnchorLink to="/partnerrapporter" size="sm">
        ← {t('partnerReports.reviewTitle')}
      </AnchorLink>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.data ? <Review report={query.data} onDone={setMessage} /> : null}
    </>
  );
}

function Review({ report, onDone }: { report: PartnerReportView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const parts = periodParts(report.period);
  const periodText = t('partnerReports.periodTitle', { period: t(`partnerReports.${parts.key}`), year: parts.year });
  const approve = useApprovePartnerReport();
  const giveBack = useReturnPartnerReport();
  const [approving, setApproving] = useState(false);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const reviewable = report.status === 'submitted';
  const commentError = isApiError(giveBack.error) ? giveBack.error.fieldErrors().comment : undefined;
  return (
    <Stack gap="md" maw={860}>
      <PageHeading
        title={t('partnerReports.reportTitle', { period: periodText })}
        description={`${report.organisation.name} · ${`${report.cooperation.caseNumber ?? ''} ${report.cooperation.title}`.trim()}`}
      />
      <Group gap="sm">
        <ReportStatusBadge status={report.status} />
        {report.submittedBy && report.submittedAt ? (
          <Text size="sm" c="dimmed">
            {t('partnerReports.submittedBy', { date: formatDateTime(report.submittedAt, locale), name: report.submittedBy.name })}
          </Text>
        ) : null}
        {report.reviewedBy && report.reviewedAt ? (
          <Text size="sm" c="dimmed">
            {t('partnerReports.reviewedBy', { date: formatDateTime(report.reviewedAt, locale), name: report.reviewedBy.name })}
          </Text>
        ) : null}
      </Group>
      {report.status === 'returned' && report.reviewComment ? (
        <Alert color="orange" variant="light" title={t('partnerReports.returnComment')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{report.reviewComment}</Text>
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <div>
            <Title order={2} fz="h4" mb="xs">
              {t('partnerReports.followUpLabel')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{report.followUpText ?? t('partnerReports.noText')}</Text>
          </div>
          {report.financialReport ? (
            <div>
              <Title order={2} fz="h4" mb="xs">
                {t('partnerReports.financialTitle')}
              </Title>
              <Anchor href={financialReportHref(report.id)} download>
                {t('partnerReports.download', { name: report.financialReport.originalName })}
              </Anchor>
            </div>
          ) : null}
        </Stack>
      </Paper>
      {reviewable ? (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setReturning(true)}>
            {t('partnerReports.returnAction')}
          </Button>
          <Button onClick={() => setApproving(true)}>{t('partnerReports.approve')}</Button>
        </Group>
      ) : null}
      <ConfirmDialog
        opened={approving}
        title={t('partnerReports.approveTitle')}
        confirmLabel={t('partnerReports.approveConfirm')}
        pending={approve.isPending}
        error={approve.error}
        onConfirm={() => approve.mutate({ id: report.id, version: report.version }, { onSuccess: () => { setApproving(false); onDone(t('partnerReports.approved')); } })}
        onClose={() => setApproving(false)}
      >
        {t('partnerReports.approveText')}
      </ConfirmDialog>
      <AppModal opened={returning} onClose={() => setReturning(false)} title={t('partnerReports.returnTitle')} centered size="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            giveBack.mutate(
              { id: report.id, version: report.version, comment },
              { onSuccess: () => { setReturning(false); setComment(''); onDone(t('partnerReports.returnedDone')); } },
            );
          }}
          noValidate
        >
          <Stack gap="md">
            <Textarea
              label={t('partnerReports.returnComment')}
              description={t('partnerReports.returnCommentHint')}
              required
              autosize
              minRows={4}
              maxLength={5_000}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={commentError}
              data-autofocus
            />
            {giveBack.error && !commentError ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(giveBack.error, t)}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setReturning(false)} disabled={giveBack.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={giveBack.isPending}>
                {t('partnerReports.returnConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </Stack>
  );
}
