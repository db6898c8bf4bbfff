import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { SecretRevealModal } from '../../components/ui/SecretRevealModal';
import { type PeopleOwner, useInvitePartner } from './api';

/**
 * The "Bjud in" form: name and e-mail, and for staff whether the person is to be the contact. When
 * no mail goes out by itself the link is shown once, to pass on.
 */
export function InviteForm({ owner, onMessage }: { owner: PeopleOwner; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const invite = useInvitePartner(owner);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [asContact, setAsContact] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const fieldErrors = isApiError(invite.error) ? invite.error.fieldErrors() : {};
  const formError = invite.error && !fieldErrors.email && !fieldErrors.name;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate(
      { name, email, asContact: owner.kind === 'staff' ? asContact : false },
      {
        onSuccess: (created) => {
          onMessage(t('partnerAccounts.invited', { email: created.invitation.email }));
          setLink(created.link);
          setName('');
          setEmail('');
          setAsContact(false);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} fz="h4" mb={4} id="invite-heading">
        {t('partnerAccounts.inviteTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('partnerAccounts.inviteIntro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="invite-heading">
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
              {errorMessage(invite.error, t)}
            </Alert>
          ) : null}
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('partnerAccounts.name')}
              required
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldErrors.name}
            />
            <TextInput
              label={t('partnerAccounts.email')}
              type="email"
              required
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldErrors.email}
            />
          </Group>
          {owner.kind === 'staff' ? (
            <Checkbox label={t('partnerAccounts.inviteAsContact')} checked={asContact} onChange={(e) => setAsContact(e.currentTarget.checked)} />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={invite.isPending}>
              {t('partnerAccounts.invite')}
            </Button>
          </Group>
        </Stack>
      </form>
      <SecretRevealModal
        opened={link !== null}
        title={t('partnerAccounts.linkTitle')}
        warning={t('partnerAccounts.linkWarning')}
        label={t('partnerAccounts.linkLabel')}
        secret={link ?? ''}
        onClose={() => setLink(null)}
      />
    </Paper>
  );
}
