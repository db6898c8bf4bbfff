import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';

type CodeConfirmModalProps = {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  destructive?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: (code: string) => void;
  onClose: () => void;
};

/** Asks for a current code from the authenticator app before a change to one's own second factor (issue 15). */
export function CodeConfirmModal(props: CodeConfirmModalProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const fieldErrors = isApiError(props.error) ? props.error.fieldErrors() : {};
  const formError = props.error && !fieldErrors.code;
  const close = () => {
    setCode('');
    props.onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onConfirm(code);
    setCode('');
  };
  return (
    <AppModal opened={props.opened} onClose={close} title={props.title} centered size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{props.text}</Text>
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(props.error, t)}
            </Alert>
          ) : null}
          <TextInput
            label={t('twoFactor.code')}
            description={t('twoFactor.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldErrors.code}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={props.pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={props.destructive ? 'red' : undefined} loading={props.pending}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
