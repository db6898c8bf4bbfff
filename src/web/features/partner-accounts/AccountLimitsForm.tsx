import { Alert, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerAccountLimits } from '../../../shared/partner/partner-invitation.rules';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { useSetAccountLimits } from './api';

/** Staff set what the organisation's contact may do: the most accounts, and whether it may invite. */
export function AccountLimitsForm({ organisationId, limits, onMessage }: { organisationId: string; limits: PartnerAccountLimits; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const save = useSetAccountLimits(organisationId);
  const [maxAccounts, setMaxAccounts] = useState<number | string>(limits.maxAccounts);
  const [contactMayInvite, setContactMayInvite] = useState(limits.contactMayInvite);
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors() : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ maxAccounts: Number(maxAccounts), contactMayInvite }, { onSuccess: () => onMessage(t('partnerAccounts.limitsSaved')) });
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} fz="h4" mb={4} id="limits-heading">
        {t('partnerAccounts.limitsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('partnerAccounts.limitsIntro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="limits-heading">
        <Stack gap="sm">
          {save.error && !fieldErrors.maxAccounts ? (
            <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          ) : null}
          <NumberInput
            label={t('partnerAccounts.maxAccounts')}
            min={1}
            max={100}
            allowDecimal={false}
            maw={360}
            value={maxAccounts}
            onChange={setMaxAccounts}
            error={fieldErrors.maxAccounts}
          />
          <Checkbox label={t('partnerAccounts.contactMayInvite')} checked={contactMayInvite} onChange={(e) => setContactMayInvite(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={save.isPending}>
              {t('partnerAccounts.saveLimits')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
