import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';

type ReasonConfirmDialogProps = {
  opened: boolean;
  title: string;
  text?: string;
  reasonLabel: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** Asks before an irreversible step that needs a reason (rejecting an application, ending a membership, EMP-1). */
export function ReasonConfirmDialog(props: ReasonConfirmDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title} centered size="md">
      <Stack gap="md">
        {props.text ? <Text>{props.text}</Text> : null}
        <Textarea id="decision-reason" label={props.reasonLabel} required autosize minRows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        {props.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(props.error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => props.onConfirm(reason)} loading={props.pending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
