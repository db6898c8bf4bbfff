import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/users/auth.schemas';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { useSecondFactorLogin } from './api';
import { loginWait } from './login-wait';

type SecondFactorFormProps = {
  challenge: string;
  onSignedIn: (session: SessionView) => void;
  /** The challenge is spent or expired: back to the password. */
  onRestart: (expired: boolean) => void;
};

/** The second step of logging in (issue 15): a code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ challenge, onSignedIn, onRestart }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const verify = useSecondFactorLogin();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = useRecovery ? { challenge, recoveryCode: value } : { challenge, code: value };
    verify.mutate(input, {
      onSuccess: onSignedIn,
      onError: (error) => {
        setValue('');
        if (isApiError(error) && error.code === 'login_challenge_invalid') onRestart(true);
      },
    });
  };

  const error = verify.error;
  const fieldErrors = isApiError(error) ? error.fieldErrors() : {};
  const rateLimited = isApiError(error, 429);
  const wait = rateLimited ? loginWait(error.retryAfterSeconds) : undefined;
  const fieldError = fieldErrors.code ?? fieldErrors.recoveryCode ?? (isApiError(error, 401) ? errorMessage(error, t) : undefined);
  const formError = error && !fieldError && !rateLimited;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {rateLimited ? (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" title={t('auth.loginFailed')}>
            {wait ? t(wait.key, { count: wait.count }) : null}
          </Alert>
        ) : null}
        {formError ? (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" title={t('auth.loginFailed')}>
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        {useRecovery ? (
          <TextInput
            key="recovery"
            label={t('twoFactor.recoveryCode')}
            description={t('twoFactor.recoveryCodeHint')}
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={fieldError}
          />
        ) : (
          <TextInput
            key="code"
            label={t('twoFactor.code')}
            description={t('twoFactor.codeHint')}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            required
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={fieldError}
          />
        )}
        <Button type="submit" size="md" loading={verify.isPending} fullWidth mt="xs">
          {t('twoFactor.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue('');
            verify.reset();
          }}
        >
          {useRecovery ? t('twoFactor.useAppCode') : t('twoFactor.useRecoveryCode')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => onRestart(false)}>
          {t('twoFactor.backToPassword')}
        </Anchor>
      </Stack>
    </form>
  );
}
