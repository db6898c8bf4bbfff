import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { type PeopleOwner, useEndPartnerAccount } from './api';

type EndAccountDialogProps = {
  owner: PeopleOwner;
  account: { userId: string; name: string } | null;
  onClose: () => void;
  onEnded: (name: string) => void;
};

/** Asks before ending a person's account, with the reason the audit log keeps. */
export function EndAccountDialog({ owner, account, onClose, onEnded }: EndAccountDialogProps) {
  const { t } = useTranslation();
  const end = useEndPartnerAccount(owner);
  const [reason, setReason] = useState('');
  const fieldErrors = isApiError(end.error) ? end.error.fieldErrors() : {};
  const close = () => {
    end.reset();
    setReason('');
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!account) return;
    end.mutate(
      { userId: account.userId, reason },
      {
        onSuccess: () => {
          onEnded(account.name);
          close();
        },
      },
    );
  };
  return (
    <AppModal opened={account !== null} onClose={close} title={t('partnerAccounts.endTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('partnerAccounts.endText', { name: account?.name ?? '' })}</Text>
          {end.error && !fieldErrors.reason ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(end.error, t)}
            </Alert>
          ) : null}
          <Textarea
            label={t('partnerAccounts.endReason')}
            description={t('partnerAccounts.endReasonHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={end.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={end.isPending}>
              {t('partnerAccounts.end')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
