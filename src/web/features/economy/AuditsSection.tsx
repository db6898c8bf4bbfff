import { Alert, Anchor, Button, FileButton, FileInput, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '../../../shared/followup/economy.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { DateField } from '../../components/ui/DateField';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormActions } from '../../components/ui/FormActions';
import { DownloadIcon, PlusIcon, UploadIcon } from '../../components/ui/icons';
import { DOCUMENT_ACCEPT } from '../organisations/UploadDocumentForm';
import { PanelHeading } from '../organisations/PanelHeading';
import { localIsoDate } from '../lifecycle/lifecycle.format';
import { auditReportHref, useCreateAudit, useUploadAuditReport } from './api';

type SectionProps = { economy: EconomyView; onMessage: (message: string) => void };

/** External audits with auditor, scope, date, findings and the report file (IOP-9). */
export function AuditsSection({ economy, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('economy.write');
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-audits-heading" mb="lg">
      <PanelHeading
        headingId="economy-audits-heading"
        title={t('economy.auditsTitle')}
        description={t('economy.auditsIntro')}
        requirements={['IOP-9']}
        actions={
          canWrite ? (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setOpen(true)}>
              {t('economy.addAudit')}
            </Button>
          ) : null
        }
      />
      {economy.audits.length === 0 ? (
        <Text c="dimmed">{t('economy.noAudits')}</Text>
      ) : (
        <Stack gap="md">
          {economy.audits.map((a) => (
            <Paper key={a.id} withBorder radius="sm" p="md">
              <Text fw={600}>{`${a.auditor} · ${formatCalendarDate(a.auditedOn, locale)}`}</Text>
              <Text size="sm" mt={4}>
                <strong>{t('economy.scope')}:</strong> {a.scope}
              </Text>
              {a.findings ? (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  <strong>{t('economy.findings')}:</strong> {a.findings}
                </Text>
              ) : null}
              <Group mt="xs">
                {a.reportFile ? (
                  <Anchor href={auditReportHref(economy.cooperationId, a.id)} download size="sm">
                    <Group gap={4} component="span" wrap="nowrap">
                      <DownloadIcon size={16} />
                      {`${t('economy.report')}: ${a.reportFile.originalName}`}
                    </Group>
                  </Anchor>
                ) : (
                  <>
                    <Text size="sm" c="dimmed">
                      {t('economy.noReport')}
                    </Text>
                    {canWrite ? <ReportUpload cooperationId={economy.cooperationId} auditId={a.id} onDone={() => onMessage(t('economy.auditSaved'))} /> : null}
                  </>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('economy.auditDialogTitle')} size="lg">
        {open ? (
          <AuditForm
            cooperationId={economy.cooperationId}
            onClose={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              onMessage(t('economy.auditSaved'));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

/** Files the report of an audit recorded without one. */
function ReportUpload({ cooperationId, auditId, onDone }: { cooperationId: string; auditId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const upload = useUploadAuditReport(cooperationId);
  return (
    <>
      <FileButton accept={DOCUMENT_ACCEPT} onChange={(file) => file && upload.mutate({ auditId, file }, { onSuccess: onDone })}>
        {(props) => (
          <Button {...props} size="xs" variant="default" leftSection={<UploadIcon size={14} />} loading={upload.isPending}>
            {t('economy.uploadReport')}
          </Button>
        )}
      </FileButton>
      {upload.error ? (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(upload.error, t)}
        </Text>
      ) : null}
    </>
  );
}

/** The audit is recorded first and its report filed after; a failed upload is retried without recording the audit twice. */
function AuditForm({ cooperationId, onClose, onDone }: { cooperationId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAudit(cooperationId);
  const upload = useUploadAuditReport(cooperationId);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [auditor, setAuditor] = useState('');
  const [scope, setScope] = useState('');
  const [auditedOn, setAuditedOn] = useState(localIsoDate(new Date()));
  const [findings, setFindings] = useState('');
  const [report, setReport] = useState<File | null>(null);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const failed = create.error ?? upload.error;
  const general = failed && Object.keys(fields).length === 0 ? errorMessage(failed, t) : null;
  const fileThen = (auditId: string) => {
    if (report) upload.mutate({ auditId, file: report }, { onSuccess: onDone });
    else onDone();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createdId) return fileThen(createdId);
    create.mutate(
      { auditor, scope, auditedOn, findings: findings.trim() || null },
      {
        onSuccess: (audit) => {
          setCreatedId(audit.id);
          fileThen(audit.id);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('economy.auditDialogTitle')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput label={t('economy.auditor')} required maxLength={300} value={auditor} onChange={(e) => setAuditor(e.currentTarget.value)} error={fields.auditor} disabled={createdId !== null} data-autofocus />
        <Textarea label={t('economy.scope')} required autosize minRows={2} maxLength={5000} value={scope} onChange={(e) => setScope(e.currentTarget.value)} error={fields.scope} disabled={createdId !== null} />
        <DateField label={t('economy.auditedOn')} required value={auditedOn} onChange={(value) => setAuditedOn(value)} error={fields.auditedOn} disabled={createdId !== null} />
        <Textarea label={t('economy.findings')} autosize minRows={3} maxLength={20000} value={findings} onChange={(e) => setFindings(e.currentTarget.value)} error={fields.findings} disabled={createdId !== null} />
        <FileInput
          label={t('economy.report')}
          description={t('economy.reportHint')}
          placeholder={t('documents.chooseFilePlaceholder')}
          accept={DOCUMENT_ACCEPT}
          value={report}
          onChange={(file) => {
            setReport(file);
            upload.reset();
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('documents.clearFile') }}
          leftSection={<UploadIcon size={16} />}
        />
        <FormActions submitLabel={t('common.save')} pending={create.isPending || upload.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
