import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isYearPeriod } from '../../../shared/partner/partner-report.rules';
import type { PartnerReportView } from '../../../shared/partner/partner-report.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { isApiError } from '../../api/client';
import { financialReportHref, usePartnerHome, usePartnerReportForPeriod, useSavePartnerReport, useSubmitPartnerReport, useUploadFinancialReport } from './api';
import { periodParts } from './partner-report.format';
import { ReportMeasurements } from './ReportMeasurements';
import { ReportStatusBadge } from './ReportStatusBadge';

const route = getRouteApi('/app/rapportering/$cooperationId/$period');

/** The partner writes, completes and submits one report; returned reports show the administration's comment. */
export function PartnerReportPage() {
  const { t } = useTranslation();
  return useCan('partner-reports.submit') ? <PartnerReport /> : <ForbiddenPage text={t('partnerReports.notLinked')} />;
}

function PartnerReport() {
  const { t } = useTranslation();
  const { cooperationId, period } = route.useParams();
  const query = usePartnerReportForPeriod(cooperationId, period);
  const home = usePartnerHome(Number(period.slice(0, 4)));
  const cooperation = home.data?.cooperations.find((c) => c.id === cooperationId);
  const parts = periodParts(period);
  const periodText = t('partnerReports.periodTitle', { period: t(`partnerReports.${parts.key}`), year: parts.year });
  // Kept above the form, which starts anew from each saved version.
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <AnchorLink to="/rapportering" size="sm">
        ← {t('partnerReports.backToHome')}
      </AnchorLink>
      <PageHeading title={t('partnerReports.reportTitle', { period: periodText })} description={cooperation ? `${cooperation.caseNumber ?? ''} ${cooperation.title}`.trim() : undefined} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.data ? (
        <ReportForm key={query.data.report?.version ?? 'new'} cooperationId={cooperationId} period={period} report={query.data.report} onDone={setMessage} />
      ) : null}
    </>
  );
}

function ReportForm({
  cooperationId,
  period,
  report,
  onDone,
}: {
  cooperationId: string;
  period: string;
  report: PartnerReportView | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [text, setText] = useState(report?.followUpText ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = useSavePartnerReport(cooperationId, period);
  const upload = useUploadFinancialReport(cooperationId, period);
  const submit = useSubmitPartnerReport();
  const status = report?.status ?? null;
  const editable = status === null || status === 'draft' || status === 'returned';
  const yearReport = isYearPeriod(period);
  const saveError = save.error ?? upload.error;

  const saveText = () =>
    save.mutate({ ...(report ? { version: report.version } : {}), followUpText: text.trim() === '' ? null : text }, { onSuccess: () => onDone(t('partnerReports.saved')) });

  const submitReport = async () => {
    // Unsaved text is saved first, so what is submitted is what the partner sees.
    let current = report;
    if (!current || (current.followUpText ?? '') !== text) {
      current = await save.mutateAsync({ ...(report ? { version: report.version } : {}), followUpText: text.trim() === '' ? null : text });
    }
    // Awaited rather than given an onSuccess: saving first reloads the report, which remounts this
    // form, and a remounted form's mutate callbacks are dropped; the page keeps the message.
    await submit.mutateAsync({ id: current.id, version: current.version });
    onDone(t('partnerReports.submitted'));
  };

  return (
    <Stack gap="md" maw={860}>
      <Group gap="sm">
        <ReportStatusBadge status={status} />
        {report?.submittedBy && report.submittedAt ? (
          <Text size="sm" c="dimmed">
            {t('partnerReports.submittedBy', { date: formatDateTime(report.submittedAt, locale), name: report.submittedBy.name })}
          </Text>
        ) : null}
      </Group>
      {status === 'returned' && report?.reviewComment ? (
        <Alert color="orange" variant="light" title={t('partnerReports.returnedTitle')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{report.reviewComment}</Text>
        </Alert>
      ) : null}
      {status === 'submitted' ? <Alert variant="light">{t('partnerReports.readOnlySubmitted')}</Alert> : null}
      {status === 'approved' ? (
        <Alert color="green" variant="light">
          {t('partnerReports.readOnlyApproved')}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <ReportMeasurements cooperationId={cooperationId} period={period} editable={editable} onSaved={onDone} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          {editable ? (
            <Textarea
              label={t('partnerReports.followUpLabel')}
              description={t('partnerReports.followUpHint')}
              autosize
              minRows={8}
              maxLength={20_000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={isApiError(saveError) ? saveError.fieldErrors().followUpText : undefined}
            />
          ) : (
            <div>
              <Title order={2} fz="h4" mb="xs">
                {t('partnerReports.followUpLabel')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{report?.followUpText ?? t('partnerReports.noText')}</Text>
            </div>
          )}
          {yearReport ? (
            <section aria-labelledby="financial-heading">
              <Title order={2} fz="h4" id="financial-heading" mb="xs">
                <WithRequirements ids={['IOP-9']}>{t('partnerReports.financialTitle')}</WithRequirements>
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {t('partnerReports.financialHint')}
              </Text>
              {report?.financialReport ? (
                <Anchor href={financialReportHref(report.id)} download>
                  {t('partnerReports.financialUploaded', { name: report.financialReport.originalName })}
                </Anchor>
              ) : (
                <Text size="sm">{t('partnerReports.financialMissing')}</Text>
              )}
              {editable ? (
                <Group align="flex-end" gap="sm" mt="sm">
                  <FileInput label={t('partnerReports.financialFile')} value={file} onChange={setFile} clearable w={360} />
                  <Button variant="default" disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}>
                    {t('partnerReports.financialUpload')}
                  </Button>
                </Group>
              ) : null}
            </section>
          ) : null}
          {saveError && !(isApiError(saveError) && saveError.fieldErrors().followUpText) ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(saveError, t)}
            </Alert>
          ) : null}
          {editable ? (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={saveText} loading={save.isPending}>
                {t('partnerReports.save')}
              </Button>
              <Button onClick={() => setConfirming(true)}>{t('partnerReports.submit')}</Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={confirming}
        title={t('partnerReports.submitTitle')}
        confirmLabel={t('partnerReports.submitConfirm')}
        pending={submit.isPending || save.isPending}
        error={submit.error ?? (confirming ? save.error : null)}
        onConfirm={() => void submitReport().catch(() => undefined)}
        onClose={() => setConfirming(false)}
      >
        {t('partnerReports.submitText')}
      </ConfirmDialog>
    </Stack>
  );
}
