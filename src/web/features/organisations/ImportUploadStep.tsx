import { Alert, Button, FileInput, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS } from '../../../shared/organisations/import.schemas';
import type { ImportPreviewView } from '../../../shared/organisations/import.schemas';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { UploadIcon } from '../../components/ui/icons';
import { useStartImport } from './api';
import { MAX_UPLOAD_BYTES } from './UploadDocumentForm';

const REQUIRED: Record<string, 'required' | 'requiredOrDefault' | undefined> = { name: 'required', legalForm: 'required', kind: 'requiredOrDefault' };

/** Step 1: explains the expected columns and uploads the CSV or Excel file, with progress. */
export function ImportUploadStep({ onPreview }: { onPreview: (preview: ImportPreviewView) => void }) {
  const { t } = useTranslation();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [clientError, setClientError] = useState<string | null>(null);
  const fieldError = clientError ?? (isApiError(start.error) ? start.error.fieldErrors().file : undefined);
  const general = start.error && !fieldError ? errorMessage(start.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setClientError(t('documents.chooseFile'));
    if (file.size > MAX_UPLOAD_BYTES) return setClientError(t('documents.fileTooLarge'));
    setClientError(null);
    setProgress(0);
    start.mutate({ file, onProgress: setProgress }, { onSuccess: onPreview });
  };
  const percent = Math.round(progress * 100);

  return (
    <Stack gap="lg">
      <div>
        <List size="sm" spacing={4} maw={760}>
          <List.Item>{t('orgImport.formats')}</List.Item>
          <List.Item>{t('orgImport.headerRow')}</List.Item>
          <List.Item>{t('orgImport.nothingYet')}</List.Item>
        </List>
      </div>
      <form onSubmit={submit} noValidate aria-label={t('orgImport.uploadTitle')}>
        <Stack gap="md" maw={560}>
          {general ? (
            <Alert color="red" variant="light" role="alert" title={t('orgImport.uploadFailed')}>
              {general}
            </Alert>
          ) : null}
          <FileInput
            label={t('orgImport.file')}
            description={t('orgImport.fileHint')}
            placeholder={t('documents.chooseFilePlaceholder')}
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => {
              setFile(f);
              setClientError(null);
              start.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('documents.clearFile') }}
            error={fieldError}
            leftSection={<UploadIcon size={16} />}
          />
          {start.isPending ? (
            <Stack gap={4}>
              <Text size="sm" id="import-progress-label">
                {t('documents.uploading', { file: file?.name ?? '', percent })}
              </Text>
              <Progress.Root size="lg">
                <Progress.Section value={percent} aria-labelledby="import-progress-label" animated={percent >= 100} />
              </Progress.Root>
            </Stack>
          ) : null}
          <Group>
            <Button type="submit" loading={start.isPending} leftSection={<UploadIcon size={18} />}>
              {t('orgImport.uploadAndPreview')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing={6} captionSide="top" withTableBorder>
          <Table.Caption ta="left" fw={600} c="dark">
            {t('orgImport.columnsCaption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('orgImport.colField')}</Table.Th>
              <Table.Th scope="col">{t('orgImport.colHeaders')}</Table.Th>
              <Table.Th scope="col">{t('orgImport.colRequired')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {IMPORT_FIELDS.map((f) => (
              <Table.Tr key={f.key}>
                <Table.Th scope="row" fw={600}>
                  {t(`orgImport.field_${f.key}`)}
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{f.aliases.slice(0, 3).map((a) => `”${a}”`).join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{REQUIRED[f.key] ? t(`orgImport.${REQUIRED[f.key] ?? 'required'}`) : t('orgImport.optional')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

    </Stack>
  );
}
