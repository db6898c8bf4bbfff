import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView } from '../../../shared/agreements/agreement.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { DownloadIcon, EditIcon, UploadIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { signedDocumentHref, useReviseAgreement, useUploadSignedDocument } from './api';
import { DateField } from '../../components/ui/DateField';

type SigningProps = { agreement: AgreementDetailView; canWrite: boolean; onMessage: (message: string) => void };

/**
 * The signed document of the current version (IOP-5): uploaded with the date of signing, after
 * which the version is read-only; a signed agreement is changed by revising it (AGR-7).
 */
export function SigningSection({ agreement, canWrite, onMessage }: SigningProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const current = agreement.current;
  const revise = useReviseAgreement(agreement.id);
  const [confirming, setConfirming] = useState(false);
  const editable = agreement.status !== 'terminated';
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="signing-heading">
      <div id="signing-heading">
        <PanelHeading
          title={t('agreements.signingTitle')}
          actions={
            canWrite && editable && current.signedFile ? (
              <Button leftSection={<EditIcon size={18} />} onClick={() => setConfirming(true)}>
                {t('agreements.revise')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {current.signedFile ? (
        <Stack gap="xs">
          <Text>{t('agreements.signedVersion', { n: current.number, date: formatCalendarDate(current.signedOn, locale) })}</Text>
          <Anchor href={signedDocumentHref(agreement.id, current.number)} download size="sm">
            <Group gap={4} component="span">
              <DownloadIcon size={16} />
              {t('agreements.downloadSigned', { file: current.signedFile.originalName })}
            </Group>
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('agreements.signedReadOnly')}
          </Text>
        </Stack>
      ) : canWrite && editable ? (
        <UploadSignedForm agreement={agreement} onMessage={onMessage} />
      ) : (
        <Text c="dimmed">{t('agreements.notSignedYet')}</Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('agreements.reviseTitle')}
        confirmLabel={t('agreements.reviseConfirm')}
        pending={revise.isPending}
        error={revise.error}
        onClose={() => {
          revise.reset();
          setConfirming(false);
        }}
        onConfirm={() =>
          revise.mutate(agreement.version, {
            onSuccess: (next) => {
              setConfirming(false);
              onMessage(t('agreements.revised', { n: next.currentVersion }));
            },
          })
        }
      >
        {t('agreements.reviseText', { from: current.number, to: current.number + 1 })}
      </ConfirmDialog>
    </Paper>
  );
}

function UploadSignedForm({ agreement, onMessage }: Omit<SigningProps, 'canWrite'>) {
  const { t } = useTranslation();
  const upload = useUploadSignedDocument(agreement.id);
  const [file, setFile] = useState<File | null>(null);
  const [signedOn, setSignedOn] = useState('');
  const [missing, setMissing] = useState<{ file?: boolean; signedOn?: boolean }>({});
  const fields = isApiError(upload.error) ? upload.error.fieldErrors() : {};
  const general = upload.error && Object.keys(fields).length === 0 ? errorMessage(upload.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const lacking = { file: !file, signedOn: signedOn === '' };
    setMissing(lacking);
    if (!file || lacking.signedOn) return;
    upload.mutate({ version: agreement.version, signedOn, file }, { onSuccess: () => onMessage(t('agreements.signedSaved')) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('agreements.uploadSigned')}>
      <Stack gap="sm" maw={560}>
        <Text size="sm">{t('agreements.uploadIntro')}</Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <FileInput
          label={t('agreements.signedFile')}
          required
          clearable
          value={file}
          onChange={(f) => setFile(f)}
          error={missing.file ? t('agreements.fileRequired') : fields.file}
          clearButtonProps={{ 'aria-label': t('agreements.clearFile') }}
        />
        <DateField
          label={t('agreements.signedOnLabel')}
          required
          value={signedOn}
          onChange={(value) => setSignedOn(value)}
          error={missing.signedOn ? t('agreements.dateRequired') : (fields['query.signedOn'] ?? fields.signedOn)}
        />
        <Group>
          <Button type="submit" leftSection={<UploadIcon size={18} />} loading={upload.isPending}>
            {t('agreements.uploadSigned')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
