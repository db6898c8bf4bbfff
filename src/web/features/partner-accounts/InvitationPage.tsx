import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../shared/users/user.schemas';
import { isApiError } from '../../api/client';
import { PublicLayout } from '../../app/PublicLayout';
import { formatDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { PasswordField } from '../../components/ui/PasswordField';
import { LoadingState } from '../../components/ui/QueryStates';
import { useAcceptInvitation, usePublicInvitation } from './api';

/** The token of the link, from the address's fragment (never sent to any server by the browser). */
function tokenOfLocation(): string {
  const fragment = typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{43}$/.test(fragment) ? fragment : '';
}

/**
 * The invitation page (issue 15), `/inbjudan#<token>`: no login. The invited person sees the
 * organisation, the address and the expiry, gives their name and chooses a password (twice).
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenOfLocation);
  const invitation = usePublicInvitation(token);
  const accept = useAcceptInvitation(token);

  let body;
  if (!token) {
    body = <Refusal text={t('partnerAccounts.pageNoToken')} />;
  } else if (accept.data) {
    body = (
      <Alert color="green" variant="light" title={t('partnerAccounts.pageDoneTitle')} role="status">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('partnerAccounts.pageDoneText', { email: accept.data.email })}</Text>
          <Anchor href="/login">{t('partnerAccounts.pageLogin')}</Anchor>
        </Stack>
      </Alert>
    );
  } else if (invitation.isPending) {
    body = <LoadingState />;
  } else if (invitation.isError) {
    body = <Refusal text={errorMessage(invitation.error, t)} />;
  } else {
    body = (
      <AcceptForm
        organisationName={invitation.data.organisationName}
        email={invitation.data.email}
        expiresAt={invitation.data.expiresAt}
        pending={accept.isPending}
        error={accept.error}
        onSubmit={(input) => accept.mutate(input)}
      />
    );
  }

  return (
    <PublicLayout width={560}>
      <Paper withBorder shadow="xs" radius="md" p={{ base: 'lg', sm: 'xl' }}>
        <PageHeading title={t('partnerAccounts.pageTitle')} />
        {body}
      </Paper>
    </PublicLayout>
  );
}

function Refusal({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} title={t('partnerAccounts.pageRefused')} role="alert">
      {text}
    </Alert>
  );
}

type AcceptFormProps = {
  organisationName: string;
  email: string;
  expiresAt: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: { name: string; password: string; passwordRepeat: string }) => void;
};

function AcceptForm({ organisationName, email, expiresAt, pending, error, onSubmit }: AcceptFormProps) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const fieldErrors = isApiError(error) ? error.fieldErrors() : {};
  const formError = error && Object.keys(fieldErrors).length === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    onSubmit({ name, password, passwordRepeat: repeat });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Stack gap={4}>
          <Text>{t('partnerAccounts.pageIntro', { organisation: organisationName })}</Text>
          <Text size="sm">{t('partnerAccounts.pageEmail', { email })}</Text>
          <Text size="sm" c="dimmed">
            {t('partnerAccounts.pageExpires', { date: formatDate(expiresAt, i18n.language) })}
          </Text>
        </Stack>
        {formError ? (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        <TextInput
          label={t('partnerAccounts.pageName')}
          description={t('partnerAccounts.pageNameHint')}
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
        />
        {/* The address, for password managers that store it with the new password. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          label={t('partnerAccounts.pagePassword')}
          description={t('partnerAccounts.pagePasswordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldErrors.password}
        />
        <PasswordField
          label={t('partnerAccounts.pageRepeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t('partnerAccounts.pageMismatch') : fieldErrors.passwordRepeat}
        />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" loading={pending}>
            {t('partnerAccounts.pageSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
