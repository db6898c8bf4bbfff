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
import { isSecondFactorChallenge, useLogin } from './api';
import { loginWait } from './login-wait';
import { SecondFactorForm } from './SecondFactorForm';

const route = getRouteApi('/login');

/**
 * The login form: e-mail and password, with the server's messages inline; for an account with a
 * second factor a second step asks for the code (issue 15).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [challengeExpired, setChallengeExpired] = useState(false);

  // The router's guard sends a user who must first enrol a second factor on to the enrolment page.
  const proceed = () => void navigate({ href: search.redirect ?? '/', replace: true });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChallengeExpired(false);
    login.mutate(
      { email, password },
      {
        onSuccess: (result) => {
          setPassword('');
          if (isSecondFactorChallenge(result)) setChallenge(result.challenge);
          else proceed();
        },
        onError: () => setPassword(''),
      },
    );
  };

  if (challenge) {
    return (
      <PublicLayout>
        <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          <PageHeading title={t('twoFactor.codeStepTitle')} description={t('twoFactor.codeStepIntro')} />
          <SecondFactorForm
            challenge={challenge}
            onSignedIn={proceed}
            onRestart={(expired) => {
              setChallenge(null);
              setChallengeExpired(expired);
              login.reset();
            }}
          />
        </Paper>
      </PublicLayout>
    );
  }

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
            {challengeExpired && !error ? (
              <Alert color="brand" variant="light" icon={<InfoIcon />} role="status">
                {t('twoFactor.challengeExpired')}
              </Alert>
            ) : null}
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
