import { Alert, Button, Checkbox, FileInput, Group, NumberInput, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationTerminationView } from '../../../shared/lifecycle/lifecycle.schemas';
import type { TerminationKind } from '../../../shared/lifecycle/termination.rules';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { useGiveTermination } from './api';
import { localIsoDate, previewEndDate } from './lifecycle.format';
import { DateField } from '../../components/ui/DateField';

type TerminationDialogProps = {
  opened: boolean;
  cooperation: { id: string; caseNumber: string; form?: string };
  termination: CooperationTerminationView;
  onClose: () => void;
  onDone: (message: string) => void;
};

/** Gives notice (uppsägning) or rescinds (hävning) a cooperation with reason and evidence (IOP-5, EMP-3). */
export function TerminationDialog({ opened, cooperation, termination, onClose, onDone }: TerminationDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(cooperation.form === 'job_partnership' ? 'lifecycle.jobDialogTitle' : 'lifecycle.dialogTitle', { caseNumber: cooperation.caseNumber })}
      size="lg"
    >
      {opened ? (
        <TerminationForm cooperationId={cooperation.id} jobPartnership={cooperation.form === 'job_partnership'} termination={termination} onClose={onClose} onDone={onDone} />
      ) : null}
    </AppModal>
  );
}

function TerminationForm({
  cooperationId,
  jobPartnership,
  termination,
  onClose,
  onDone,
}: {
  cooperationId: string;
  /** EMP-3: a job partnership is usually ended at once, and that resets the employer's controls. */
  jobPartnership: boolean;
  termination: CooperationTerminationView;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const give = useGiveTermination(cooperationId);
  const today = localIsoDate(new Date());
  const [kind, setKind] = useState<TerminationKind>(jobPartnership ? 'rescission' : 'notice');
  const [reason, setReason] = useState('');
  const [givenOn, setGivenOn] = useState(today);
  const [noticeMonths, setNoticeMonths] = useState<number | null>(null);
  const [evidenceNote, setEvidenceNote] = useState('');
  const [evidenceFile, setEvidenceFile] = useState<File | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [evidenceMissing, setEvidenceMissing] = useState(false);
  const agreed = termination.agreementNoticeMonths;
  const fields = isApiError(give.error) ? give.error.fieldErrors() : {};
  const general = give.error && Object.keys(fields).length === 0 ? errorMessage(give.error, t) : null;
  const endDate = previewEndDate(kind, givenOn, agreed, noticeMonths);
  const needsMonths = kind === 'notice' && agreed === null;
  const evidenceError = evidenceMissing ? t('lifecycle.evidenceMissing') : (fields.evidence ?? fields.evidenceFileId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!evidenceNote.trim() && !evidenceFile) {
      setEvidenceMissing(true);
      return;
    }
    if (kind === 'rescission' && !confirmed) return;
    give.mutate(
      {
        version: termination.cooperationVersion,
        kind,
        reason,
        givenOn,
        evidenceNote: evidenceNote.trim() || null,
        evidenceFile,
        noticeMonths: needsMonths ? noticeMonths : null,
      },
      {
        onSuccess: (saved) =>
          onDone(
            saved.current?.state === 'pending'
              ? t('lifecycle.noticeGiven', { date: formatCalendarDate(saved.current.effectiveOn, locale) })
              : t('lifecycle.rescinded'),
          ),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('lifecycle.terminationTitle')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert" icon={<AlertIcon />}>
            {general}
          </Alert>
        ) : null}
        <Radio.Group label={t('lifecycle.kindLabel')} required value={kind} onChange={(value) => setKind(value === 'rescission' ? 'rescission' : 'notice')}>
          <Stack gap="xs" mt="xs">
            <Radio value="notice" label={t('lifecycle.kind_notice')} description={t('lifecycle.kindNoticeHint')} />
            <Radio value="rescission" label={t('lifecycle.kind_rescission')} description={t(jobPartnership ? 'lifecycle.jobRescissionHint' : 'lifecycle.kindRescissionHint')} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('lifecycle.reason')}
          description={t('lifecycle.reasonHint')}
          required
          autosize
          minRows={3}
          maxLength={5000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.reason}
        />
        <DateField label={t('lifecycle.givenOn')} required max={today} value={givenOn} onChange={(value) => setGivenOn(value)} error={fields.givenOn} />
        {kind === 'notice' && agreed !== null ? <Text size="sm">{t('lifecycle.agreementNotice', { count: agreed })}</Text> : null}
        {needsMonths ? (
          <NumberInput
            label={t('lifecycle.noticeMonths')}
            description={t('lifecycle.noticeMonthsHint')}
            required
            min={1}
            max={120}
            allowDecimal={false}
            value={noticeMonths ?? ''}
            onChange={(value) => setNoticeMonths(typeof value === 'number' ? value : null)}
            error={fields.noticeMonths}
          />
        ) : null}
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={3} fz="h5" component="legend">
            {t('lifecycle.evidenceTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('lifecycle.evidenceHint')}
          </Text>
          <FileInput
            label={t('lifecycle.evidenceFile')}
            placeholder={t('lifecycle.evidenceFilePlaceholder')}
            clearable
            value={evidenceFile}
            onChange={(file) => {
              setEvidenceFile(file);
              setEvidenceMissing(false);
            }}
            error={fields.file ?? fields.evidenceFileId}
          />
          <Textarea
            label={t('lifecycle.evidenceNote')}
            autosize
            minRows={2}
            maxLength={5000}
            value={evidenceNote}
            onChange={(e) => {
              setEvidenceNote(e.currentTarget.value);
              setEvidenceMissing(false);
            }}
            error={evidenceError}
          />
        </Stack>
        <Alert color={kind === 'rescission' ? 'red' : 'blue'} variant="light" aria-live="polite">
          {endDate
            ? kind === 'rescission'
              ? t('lifecycle.previewRescission', { date: formatCalendarDate(endDate, locale) })
              : t('lifecycle.previewNotice', { date: formatCalendarDate(endDate, locale) })
            : t('lifecycle.previewMissing')}
        </Alert>
        {kind === 'rescission' ? (
          <Checkbox label={t(jobPartnership ? 'lifecycle.jobConfirmRescission' : 'lifecycle.confirmRescission')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} required />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={give.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={give.isPending} disabled={kind === 'rescission' && !confirmed}>
            {kind === 'rescission' ? t(jobPartnership ? 'lifecycle.jobSubmitRescission' : 'lifecycle.submitRescission') : t('lifecycle.submitNotice')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
