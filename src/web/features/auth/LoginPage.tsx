import { Alert, Button, Paper, Stack, TextInput } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { PublicLayout } from '../../app/PublicLayout';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon, InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { PasswordField } from '../../components/ui/PasswordField';
import { SsoSignInButton } from '../sso/SsoSignInButton';
import { useLogin } from './api';
import { loginWait } from './login-wait';

const route = getRouteApi('/login');

/** The login form: e-mail and password, with the server's messages inline. */
export function LoginPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email, password },
      {
        onSuccess: () => void navigate({ href: search.redirect ?? '/', replace: true }),
        onError: () => setPassword(''),
      },
    );
  };

  const error = login.error;
  const fieldErrors = isApiError(error) ? error.fieldErrors() : {};
  const rateLimited = isApiError(error, 429);
  const wait = rateLimited ? loginWait(error.retryAfterSeconds) : undefined;
  // A wrong e-mail or password is shown at the password field, where the user will retype.
  const credentialsWrong = isApiError(error, 401);
  const formError = error && !credentialsWrong && !rateLimited && Object.keys(fieldErrors).length === 0;

  return (
    <PublicLayout>
      <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
        <PageHeading title={t('auth.loginTitle')} description={t('auth.loginIntro')} />
        <SsoSignInButton error={search.sso_error} returnTo={search.redirect} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {search.reason === 'logged-out' && !error ? (
              <Alert color="brand" variant="light" icon={<InfoIcon />} role="status">
                {t('auth.loggedOut')}
              </Alert>
            ) : null}
            {search.reason === 'expired' && !error ? (
              <Alert color="brand" variant="light" icon={<InfoIcon />} role="status">
                {t('errors.sessionExpired')}
              </Alert>
            ) : null}
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
            <TextInput
              label={t('auth.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldErrors.email}
            />
            <PasswordField
              label={t('auth.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldErrors.password ?? (credentialsWrong ? errorMessage(error, t) : undefined)}
            />
            <Button type="submit" size="md" loading={login.isPending} fullWidth mt="xs">
              {t('auth.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
