import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';

type ReasonModalProps = {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** Asks for a reason and a confirmation before closing an offer or ending a job track, which cannot be undone. */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title} centered size="md">
      <Stack gap="md">
        <Text size="sm">{props.text}</Text>
        <Textarea
          label={t('employerOffers.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          error={missing ? t('employerOffers.reasonRequired') : undefined}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
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
