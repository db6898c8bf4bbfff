import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message.format';
import { AppModal } from './AppModal';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Destructive actions (disable, revoke) are shown in red. */
  destructive?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before an action that changes someone's access; shows the server's answer if it fails. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title} centered size="md">
      <Stack gap="md">
        <Text>{props.children}</Text>
        {props.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(props.error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {t('common.cancel')}
          </Button>
          <Button color={props.destructive ? 'red' : undefined} onClick={props.onConfirm} loading={props.pending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
