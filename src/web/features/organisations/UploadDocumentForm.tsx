import { Alert, Button, FileInput, Group, NativeSelect, NumberInput, Progress, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/organisations/partner-control.rules';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { errorMessage } from '../../components/ui/error-message.format';
import { UploadIcon } from '../../components/ui/icons';
import { useUploadDocument } from './api';
import { formatFileSize } from './organisation.format';

/** What the server accepts (it checks the content, not the name); the picker offers these. */
export const DOCUMENT_ACCEPT = '.pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg';
/** The server's limit (25 MB), checked here too so a large file fails before it is sent. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

type UploadDocumentFormProps = {
  organisationId: string;
  initialType: DocumentType;
  /** Focus the file picker when the form opens for a document picked in the checklist. */
  autoFocus: boolean;
  onUploaded: (message: string) => void;
};

function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** Uploads one document with its type and year, showing the progress; the server checks the content. */
export function UploadDocumentForm({ organisationId, initialType, autoFocus, onUploaded }: UploadDocumentFormProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const upload = useUploadDocument(organisationId);
  const [type, setType] = useState<DocumentType>(initialType);
  const [year, setYear] = useState<number | ''>(new Date().getFullYear());
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [clientError, setClientError] = useState<string | null>(null);
  const fileRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (autoFocus) fileRef.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  const fields = isApiError(upload.error) ? upload.error.fieldErrors() : {};
  const fileError = clientError ?? fields.file;
  const yearError = fields['query.year'];
  const generalError = upload.error && !fields.file && !yearError ? errorMessage(upload.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setClientError(t('documents.chooseFile'));
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setClientError(t('documents.fileTooLarge'));
      return;
    }
    setClientError(null);
    setProgress(0);
    const name = t(`documents.type_${type}`);
    upload.mutate(
      { file, documentType: type, year: year === '' ? Number.NaN : year, note: note.trim() || undefined, onProgress: setProgress },
      {
        onSuccess: (saved) => {
          setFile(null);
          setNote('');
          onUploaded(t('documents.uploaded', { name, year: saved.year, file: saved.file.originalName }));
        },
      },
    );
  };

  const percent = Math.round(progress * 100);

  return (
    <form onSubmit={submit} noValidate aria-label={t('documents.uploadTitle')}>
      <Stack gap="md">
        {generalError ? (
          <Alert color="red" variant="light" role="alert" title={t('documents.uploadFailed')}>
            {generalError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={880}>
          <NativeSelect
            label={t('documents.documentType')}
            description={t('documents.documentTypeHint')}
            required
            value={type}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isDocumentType(value)) setType(value);
            }}
            data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documents.type_${d}`) }))}
          />
          <NumberInput
            label={t('documents.year')}
            description={t('documents.yearHint')}
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
            ref={fileRef}
            label={t('documents.file')}
            description={t('documents.fileHint')}
            placeholder={t('documents.chooseFilePlaceholder')}
            required
            accept={DOCUMENT_ACCEPT}
            value={file}
            onChange={(f) => {
              setFile(f);
              setClientError(null);
              upload.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('documents.clearFile') }}
            error={fileError}
            leftSection={<UploadIcon size={16} />}
          />
          <TextInput label={t('documents.note')} description={t('documents.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
        </SimpleGrid>
        {upload.isPending || (progress > 0 && progress < 1) ? (
          <Stack gap={4}>
            <Text size="sm" id="upload-progress-label">
              {t('documents.uploading', { file: file?.name ?? '', percent })}
            </Text>
            <Progress.Root size="lg" radius="sm">
              <Progress.Section value={percent} aria-labelledby="upload-progress-label" animated={percent >= 100} />
            </Progress.Root>
          </Stack>
        ) : null}
        <Group gap="sm" align="center">
          <Button type="submit" loading={upload.isPending} leftSection={<UploadIcon size={18} />}>
            {t('documents.upload')}
          </Button>
          {file ? (
            <Text size="sm" c="dimmed">
              {formatFileSize(file.size, locale)}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
