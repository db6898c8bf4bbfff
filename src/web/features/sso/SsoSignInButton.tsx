import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../components/ui/icons';
import { useAuthMethods } from './api';

type Props = {
  /** Why the last single sign-on was refused, from the login page's address. */
  error: string | undefined;
  /** Where to go after signing in. */
  returnTo: string | undefined;
};

/**
 * The login page's single sign-on: the button to the city's sign-in when it is switched on, and
 * why the last attempt was refused; the password form below stays for partners and the
 * break-glass account.
 */
export function SsoSignInButton({ error, returnTo }: Props) {
  const { t } = useTranslation();
  const methods = useAuthMethods();
  const sso = methods.data?.sso;
  if (!error && !sso?.enabled) return null;
  const href = `/api/auth/oidc/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
  return (
    <Stack gap="md" mb="md">
      {error ? (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" title={t('sso.refusedTitle')}>
          {t(`sso.error_${error}`, { defaultValue: t('sso.error_unknown') })}
        </Alert>
      ) : null}
      {sso?.enabled ? (
        <>
          <Button component="a" href={href} size="md" fullWidth>
            {sso.label ?? t('sso.signIn')}
          </Button>
          {methods.data?.staffPasswords === false ? (
            <Text size="sm" c="dimmed">
              {t('sso.passwordsForOthers')}
            </Text>
          ) : null}
          <Divider label={t('sso.orPassword')} labelPosition="center" />
        </>
      ) : null}
    </Stack>
  );
}
