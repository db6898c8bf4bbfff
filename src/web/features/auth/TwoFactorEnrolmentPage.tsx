import { Alert, Button, Code, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { PublicLayout } from '../../app/PublicLayout';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon, InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { sessionQueryOptions, useLogout } from './api';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { useConfirmEnrolment, useStartEnrolment, useTwoFactorStatus } from './two-factor.api';

const route = getRouteApi('/two-factor');

/**
 * Enrolling a second factor (issue 15): a QR code and a typed key for the authenticator app, a
 * first code to confirm, then the recovery codes shown once. When the account requires a second
 * factor the router sends the user here before any other page.
 */
export function TwoFactorEnrolmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const session = useQuery(sessionQueryOptions).data;
  const status = useTwoFactorStatus();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const logout = useLogout();
  const [code, setCode] = useState('');
  const forced = session?.twoFactorEnrolmentRequired === true;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(code, { onError: () => setCode('') });
  };
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: { reason: 'logged-out' } }) });
  const done = () => void navigate({ href: search.redirect ?? (forced ? '/' : '/security') });

  const fieldErrors = isApiError(confirm.error) ? confirm.error.fieldErrors() : {};
  const formError = confirm.error && !fieldErrors.code;
  const enrolment = start.data;
  const alreadyEnrolled = status.data?.status === 'enrolled' && !confirm.data;

  return (
    <PublicLayout width={620}>
      <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
        <PageHeading title={t('twoFactor.enrolTitle')} description={t('twoFactor.enrolIntro')} />
        {confirm.data ? (
          <RecoveryCodesPanel codes={confirm.data.recoveryCodes} onDone={done} />
        ) : alreadyEnrolled ? (
          <Stack gap="md">
            <Alert color="brand" variant="light" icon={<InfoIcon />}>
              {t('twoFactor.alreadyEnrolled')}
            </Alert>
            <Group>
              <ButtonLink to="/security">{t('twoFactor.toSecurity')}</ButtonLink>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            {forced ? (
              <Alert color="brand" variant="light" icon={<InfoIcon />}>
                {t('twoFactor.enrolRequired')}
              </Alert>
            ) : null}
            {start.error ? (
              <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
                {errorMessage(start.error, t)}
              </Alert>
            ) : null}
            {!enrolment ? (
              <Group justify="space-between">
                {forced ? (
                  <Button variant="default" onClick={signOut} loading={logout.isPending}>
                    {t('auth.logout')}
                  </Button>
                ) : (
                  <ButtonLink to="/security" variant="default">
                    {t('common.cancel')}
                  </ButtonLink>
                )}
                <Button onClick={() => start.mutate()} loading={start.isPending}>
                  {t('twoFactor.enrolStart')}
                </Button>
              </Group>
            ) : (
              <>
                <Title order={2} size="h4">
                  {t('twoFactor.enrolStep1')}
                </Title>
                <Image
                  src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrCodeSvg)}`}
                  alt={t('twoFactor.qrAlt')}
                  w={220}
                  h={220}
                  bg="white"
                />
                <Text size="sm">{t('twoFactor.manualKeyLabel')}</Text>
                <Code block data-testid="manual-key" fz="md">
                  {enrolment.manualKey}
                </Code>
                <form onSubmit={submit} noValidate>
                  <Stack gap="md">
                    <Title order={2} size="h4">
                      {t('twoFactor.enrolStep2')}
                    </Title>
                    {formError ? (
                      <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
                        {errorMessage(confirm.error, t)}
                      </Alert>
                    ) : null}
                    <TextInput
                      label={t('twoFactor.code')}
                      description={t('twoFactor.codeHint')}
                      name="code"
                      autoComplete="one-time-code"
                      inputMode="numeric"
                      pattern="[0-9]*"
                      maxLength={6}
                      required
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value)}
                      error={fieldErrors.code}
                    />
                    <Group justify="space-between">
                      {forced ? (
                        <Button variant="default" onClick={signOut} loading={logout.isPending}>
                          {t('auth.logout')}
                        </Button>
                      ) : (
                        <ButtonLink to="/security" variant="default">
                          {t('common.cancel')}
                        </ButtonLink>
                      )}
                      <Button type="submit" loading={confirm.isPending}>
                        {t('twoFactor.confirm')}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              </>
            )}
          </Stack>
        )}
      </Paper>
    </PublicLayout>
  );
}
