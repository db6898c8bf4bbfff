import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { DownloadIcon, UploadIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { formatFileSize } from '../organisations/organisation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { DOCUMENT_ACCEPT, MAX_UPLOAD_BYTES } from '../organisations/UploadDocumentForm';
import { attachmentContentHref, useUploadAttachment } from './api';

type AttachmentsPanelProps = {
  initiative: InitiativeDetailView;
  canUpload: boolean;
  onMessage: (message: string) => void;
};

/** The initiative's attachments: download each, and upload more (the server checks the content). */
export function AttachmentsPanel({ initiative, canUpload, onMessage }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const upload = useUploadAttachment(initiative.id);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [clientError, setClientError] = useState<string | null>(null);

  const fields = isApiError(upload.error) ? upload.error.fieldErrors() : {};
  const fileError = clientError ?? fields.file;
  const generalError = upload.error && !fields.file ? errorMessage(upload.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setClientError(t('initiatives.chooseFile'));
    if (file.size > MAX_UPLOAD_BYTES) return setClientError(t('documents.fileTooLarge'));
    setClientError(null);
    setProgress(0);
    upload.mutate(
      { file, onProgress: setProgress },
      {
        onSuccess: (saved) => {
          setFile(null);
          onMessage(t('initiatives.attachmentUploaded', { file: saved.file.originalName }));
        },
      },
    );
  };
  const percent = Math.round(progress * 100);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="attachments-heading">
      <div id="attachments-heading">
        <PanelHeading title={t('initiatives.attachments')} />
      </div>
      {initiative.attachments.length === 0 ? (
        <EmptyMessage>{t('initiatives.noAttachments')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="xs" aria-label={t('initiatives.attachments')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('initiatives.colFile')}</Table.Th>
                <Table.Th scope="col">{t('initiatives.colUploaded')}</Table.Th>
                <Table.Th scope="col">{t('initiatives.colSize')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {initiative.attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor href={attachmentContentHref(initiative.id, a.id)} download size="sm">
                      <Group gap={4} component="span" wrap="nowrap">
                        <DownloadIcon size={16} />
                        {t('initiatives.download', { file: a.file.originalName })}
                      </Group>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatDateTime(a.uploadedAt, locale)}
                      {a.uploadedBy ? ` · ${a.uploadedBy.name}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <Text size="sm">{formatFileSize(a.file.sizeBytes, locale)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canUpload ? (
        <form onSubmit={submit} noValidate aria-label={t('initiatives.uploadTitle')}>
          <Stack gap="sm" mt="md">
            {generalError ? (
              <Alert color="red" variant="light" role="alert">
                {generalError}
              </Alert>
            ) : null}
            <Group align="flex-end" gap="sm" wrap="wrap">
              <FileInput
                label={t('initiatives.attachmentFile')}
                description={t('initiatives.attachmentHint')}
                placeholder={t('documents.chooseFilePlaceholder')}
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
                style={{ flex: '1 1 280px' }}
              />
              <Button type="submit" loading={upload.isPending} leftSection={<UploadIcon size={18} />}>
                {t('initiatives.upload')}
              </Button>
            </Group>
            {upload.isPending ? (
              <Stack gap={4}>
                <Text size="sm" id="attachment-progress-label">
                  {t('documents.uploading', { file: file?.name ?? '', percent })}
                </Text>
                <Progress.Root size="lg" radius="sm">
                  <Progress.Section value={percent} aria-labelledby="attachment-progress-label" />
                </Progress.Root>
              </Stack>
            ) : null}
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}
