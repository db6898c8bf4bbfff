import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';
import { errorMessage } from './error-message.format';

type ReasonConfirmDialogProps = {
  opened: boolean;
  title: string;
  /** What the step does and that it cannot be undone. */
  text?: string;
  reasonLabel: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/**
 * Asks before an irreversible step that needs a reason (rejecting an application, ending a
 * membership or a job track, closing an offer): the reason is required and sent trimmed.
 */
export function ReasonConfirmDialog(props: ReasonConfirmDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title} centered size="md">
      <Stack gap="md">
        {props.text ? <Text>{props.text}</Text> : null}
        <Textarea
          id="decision-reason"
          label={props.reasonLabel}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          error={missing ? t('common.reasonRequired') : undefined}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          data-autofocus
        />
        {props.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(props.error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={props.pending}
            onClick={() => {
              if (reason.trim() === '') setMissing(true);
              else props.onConfirm(reason.trim());
            }}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
