import { Alert, Button, FileInput, NativeSelect, NumberInput, Progress, Radio, SimpleGrid, Stack, Group, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_CONTROL_DOCUMENTS, type PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { DOCUMENT_ACCEPT, MAX_UPLOAD_BYTES } from '../organisations/UploadDocumentForm';
import { useSubmitAbsence, useSubmitDocument } from './api';

function isKind(value: string): value is PartnerControlDocument {
  return (PARTNER_CONTROL_DOCUMENTS as readonly string[]).includes(value);
}

/**
 * The partner submits one ORG-4 document: a file with the year it concerns, or a note that it does
 * not exist with the reason. Either waits for staff; the server checks the file's content and size.
 */
export function PortalSubmitForm({ onSubmitted }: { onSubmitted: (message: string) => void }) {
  const { t } = useTranslation();
  const uploadFile = useSubmitDocument();
  const submitAbsence = useSubmitAbsence();
  const [kind, setKind] = useState<PartnerControlDocument>('statutes');
  const [mode, setMode] = useState<'file' | 'absence'>('file');
  const [year, setYear] = useState<number | ''>(new Date().getFullYear() - 1);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState(0);
  const [clientError, setClientError] = useState<{ file?: string; reason?: string }>({});
  const mutation = mode === 'file' ? uploadFile : submitAbsence;
  const fields = isApiError(mutation.error) ? mutation.error.fieldErrors() : {};
  const yearError = fields['query.year'];
  const reasonError = clientError.reason ?? fields.reason;
  const fileError = clientError.file ?? fields.file;
  const generalError = mutation.error && !yearError && !reasonError && !fields.file ? errorMessage(mutation.error, t) : null;
  const name = t(`documents.type_${kind}`);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mode === 'file') {
      if (!file) return setClientError({ file: t('portal.chooseFile') });
      if (file.size > MAX_UPLOAD_BYTES) return setClientError({ file: t('portal.fileTooLarge') });
      setClientError({});
      setProgress(0);
      uploadFile.mutate(
        { file, documentType: kind, year: year === '' ? Number.NaN : year, onProgress: setProgress },
        { onSuccess: () => (setFile(null), onSubmitted(t('portal.submitted', { name }))) },
      );
      return;
    }
    if (reason.trim() === '') return setClientError({ reason: t('portal.reasonRequired') });
    setClientError({});
    submitAbsence.mutate({ documentType: kind, reason: reason.trim() }, { onSuccess: () => (setReason(''), onSubmitted(t('portal.submitted', { name }))) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('portal.submitTitle')}>
      <Stack gap="md" maw={880}>
        {generalError ? (
          <Alert color="red" variant="light" role="alert" title={t('portal.submitFailed')}>
            {generalError}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('portal.submitKind')}
          required
          value={kind}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isKind(value)) setKind(value);
          }}
          data={PARTNER_CONTROL_DOCUMENTS.map((d) => ({ value: d, label: t(`documents.type_${d}`) }))}
        />
        <Radio.Group label={t('portal.submitMode')} value={mode} onChange={(v) => setMode(v === 'absence' ? 'absence' : 'file')}>
          <Group gap="lg" mt={4}>
            <Radio value="file" label={t('portal.modeFile')} />
            <Radio value="absence" label={t('portal.modeAbsence')} />
          </Group>
        </Radio.Group>
        {mode === 'file' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label={t('portal.year')}
              required
              min={1900}
              max={2200}
              allowDecimal={false}
              allowNegative={false}
              value={year}
              onChange={(v) => setYear(typeof v === 'number' ? v : '')}
              error={yearError}
            />
            <FileInput
              label={t('portal.file')}
              description={t('portal.fileHint')}
              placeholder={t('documents.chooseFilePlaceholder')}
              required
              accept={DOCUMENT_ACCEPT}
              value={file}
              onChange={(f) => {
                setFile(f);
                setClientError({});
              }}
              error={fileError}
              clearable
            />
          </SimpleGrid>
        ) : (
          <Textarea label={t('portal.reason')} required autosize minRows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} />
        )}
        {mode === 'file' && uploadFile.isPending ? <Progress value={Math.round(progress * 100)} aria-label={t('portal.submit')} /> : null}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('portal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
