import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../shared/users/user.schemas';
import { isApiError } from '../../api/client';
import { PublicLayout } from '../../app/PublicLayout';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon, InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { PasswordField } from '../../components/ui/PasswordField';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { sessionQueryOptions, useChangePassword, useLogout } from './api';

const route = getRouteApi('/change-password');

/**
 * Changing one's own password. After an admin reset (or for the first admin) the server marks
 * the account, and the router sends the user here before any other page.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const session = useQuery(sessionQueryOptions).data;
  const change = useChangePassword();
  const logout = useLogout();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const forced = session?.user.mustChangePassword === true;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => void navigate({ href: search.redirect ?? '/' }) });
  };

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: { reason: 'logged-out' } }) });

  const fieldErrors = isApiError(change.error) ? change.error.fieldErrors() : {};
  const formError = change.error && Object.keys(fieldErrors).length === 0;

  return (
    <PublicLayout width={520}>
      <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
        <PageHeading title={t('auth.changePassword')} description={forced ? undefined : t('auth.changePasswordIntro')} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {forced ? (
              <Alert color="brand" variant="light" icon={<InfoIcon />}>
                {t('auth.changePasswordForced')}
              </Alert>
            ) : null}
            {formError ? (
              <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
                {errorMessage(change.error, t)}
              </Alert>
            ) : null}
            <PasswordField
              label={t('auth.currentPassword')}
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.currentTarget.value)}
              error={fieldErrors.currentPassword}
            />
            <PasswordField
              label={t('auth.newPassword')}
              description={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              value={newPassword}
              onChange={(e) => setNewPassword(e.currentTarget.value)}
              error={fieldErrors.newPassword}
            />
            <PasswordField
              label={t('auth.repeatPassword')}
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              error={mismatch ? t('auth.passwordMismatch') : undefined}
            />
            <Group justify="space-between" mt="xs">
              {forced ? (
                <Button variant="default" onClick={signOut} loading={logout.isPending}>
                  {t('auth.logout')}
                </Button>
              ) : (
                <ButtonLink to="/" variant="default">
                  {t('common.cancel')}
                </ButtonLink>
              )}
              <Button type="submit" loading={change.isPending}>
                {t('auth.changePassword')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
