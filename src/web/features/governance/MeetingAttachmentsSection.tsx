import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { DownloadIcon, UploadIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { formatFileSize } from '../organisations/organisation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { DOCUMENT_ACCEPT, MAX_UPLOAD_BYTES } from '../organisations/UploadDocumentForm';
import { meetingAttachmentHref, useMeetingAttachments, useUploadMeetingAttachment } from './api';

type MeetingAttachmentsSectionProps = { meetingId: string; editable: boolean; onMessage: (message: string) => void };

/** Files attached to a meeting (presentations, budget drafts, signed minutes): download each; writers add one in a dialog. */
export function MeetingAttachmentsSection({ meetingId, editable, onMessage }: MeetingAttachmentsSectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const attachments = useMeetingAttachments(meetingId);
  const items = attachments.data?.items ?? [];
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="attachments-heading">
      <div id="attachments-heading">
        <PanelHeading
          title={t('governance.attachmentsTitle')}
          actions={
            editable ? (
              <Button variant="default" leftSection={<UploadIcon size={18} />} onClick={() => setAdding(true)}>
                {t('governance.uploadAttachment')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {attachments.error ? <ErrorState error={attachments.error} onRetry={() => void attachments.refetch()} /> : null}
      {attachments.isPending ? <LoadingState /> : null}
      {attachments.data && items.length === 0 ? <EmptyMessage>{t('governance.attachmentsEmpty')}</EmptyMessage> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="xs" aria-label={t('governance.attachmentsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.colAttachment')}</Table.Th>
                <Table.Th scope="col">{t('governance.colAdded')}</Table.Th>
                <Table.Th scope="col">{t('governance.colSize')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor href={meetingAttachmentHref(meetingId, a.id)} download size="sm" aria-label={t('governance.downloadAttachment', { title: a.title, file: a.file.originalName })}>
                      <Group gap={4} component="span" wrap="nowrap">
                        <DownloadIcon size={16} />
                        {a.title}
                      </Group>
                    </Anchor>
                    {a.title === a.file.originalName ? null : (
                      <Text size="xs" c="dimmed">
                        {a.file.originalName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatDateTime(a.createdAt, locale)}
                      {a.createdBy ? ` · ${a.createdBy.name}` : ''}
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
      ) : null}
      <AppModal opened={adding} onClose={() => setAdding(false)} title={t('governance.uploadAttachment')} size="lg">
        {adding ? (
          <UploadForm
            meetingId={meetingId}
            onClose={() => setAdding(false)}
            onUploaded={(title) => {
              setAdding(false);
              onMessage(t('governance.attachmentUploaded', { title }));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

function UploadForm({ meetingId, onClose, onUploaded }: { meetingId: string; onClose: () => void; onUploaded: (title: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadMeetingAttachment(meetingId);
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [clientError, setClientError] = useState<string | null>(null);
  const fields = isApiError(upload.error) ? upload.error.fieldErrors() : {};
  const fileError = clientError ?? fields.file;
  const titleError = fields['query.title'];
  const generalError = upload.error && !fields.file && !titleError ? errorMessage(upload.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setClientError(t('governance.chooseFile'));
    if (file.size > MAX_UPLOAD_BYTES) return setClientError(t('documents.fileTooLarge'));
    setClientError(null);
    setProgress(0);
    upload.mutate(
      { file, title, onProgress: setProgress },
      { onSuccess: (saved) => onUploaded(saved.title) },
    );
  };
  const percent = Math.round(progress * 100);

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.uploadAttachment')}>
      <Stack gap="md">
        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('governance.attachmentTitle')}
            description={t('governance.attachmentTitleHint')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={titleError}
            maxLength={300}
            style={{ flex: '1 1 240px' }}
            data-autofocus
          />
          <FileInput
            label={t('governance.attachmentFile')}
            description={t('governance.attachmentFileHint')}
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
            style={{ flex: '1 1 240px' }}
          />
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={upload.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={upload.isPending} leftSection={<UploadIcon size={18} />}>
            {t('governance.uploadAttachment')}
          </Button>
        </Group>
        {upload.isPending ? (
          <Stack gap={4}>
            <Text size="sm" id="meeting-attachment-progress-label">
              {t('governance.uploading', { file: file?.name ?? '', percent })}
            </Text>
            <Progress.Root size="lg" radius="sm">
              <Progress.Section value={percent} aria-labelledby="meeting-attachment-progress-label" />
            </Progress.Root>
          </Stack>
        ) : null}
      </Stack>
    </form>
  );
}
