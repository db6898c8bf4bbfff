import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useDocumentAbsence } from './api';

type NotExistingModalProps = {
  organisationId: string;
  /** The document to mark, with the reason given before (empty for a first note). */
  target: { type: PartnerControlDocument; reason: string } | null;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Notes that a control document does not exist, with the reason (ORG-4: each is needed "if it exists"). */
export function NotExistingModal({ organisationId, target, onClose, onSaved }: NotExistingModalProps) {
  const { t } = useTranslation();
  const name = target ? t(`documents.type_${target.type}`) : '';
  return (
    <AppModal opened={target !== null} onClose={onClose} title={t('documents.notExistingTitle', { name })} size="lg">
      {target ? <NotExistingForm key={target.type} organisationId={organisationId} target={target} name={name} onClose={onClose} onSaved={onSaved} /> : null}
    </AppModal>
  );
}

function NotExistingForm({
  organisationId,
  target,
  name,
  onClose,
  onSaved,
}: Omit<NotExistingModalProps, 'target'> & { target: { type: PartnerControlDocument; reason: string }; name: string }) {
  const { t } = useTranslation();
  const absence = useDocumentAbsence(organisationId);
  const [reason, setReason] = useState(target.reason);
  const [blank, setBlank] = useState(false);
  const fieldError = isApiError(absence.error) ? absence.error.fieldErrors().reason : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setBlank(true);
      return;
    }
    absence.mutate({ documentType: target.type, reason }, { onSuccess: () => onSaved(t('documents.markedNotExisting', { name })) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('documents.notExistingIntro')}</Text>
        {absence.error && !fieldError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(absence.error, t)}
          </Alert>
        ) : null}
        <Textarea
          label={t('documents.reason')}
          description={t('documents.reasonHint')}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setBlank(false);
          }}
          error={blank ? t('documents.reasonRequired') : fieldError}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={absence.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={absence.isPending}>
            {t('documents.saveNotExisting')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
