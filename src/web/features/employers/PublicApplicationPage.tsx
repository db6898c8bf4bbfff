import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../app/PublicLayout';
import { PageHeading } from '../../components/ui/PageHeading';
import { SubmissionReceipt } from '../../components/ui/SubmissionReceipt';
import { ApplicationForm } from './ApplicationForm';
import { useSubmitPublicApplication } from './api';

/**
 * The public page where an employer applies for membership of Integrationspakten (EMP-1), without
 * login, with the proposal form's protections. The applicant gets a reference as receipt.
 */
export function PublicApplicationPage() {
  const { t } = useTranslation();
  const submit = useSubmitPublicApplication();
  const [round, setRound] = useState(0);
  const receipt = submit.data;

  return (
    <PublicLayout width={760} withPublisher>
      <PageHeading title={t('publicApplication.title_page')} description={t('publicApplication.lead')} />
      <Stack gap="lg">
        <SubmissionReceipt
          reference={receipt?.reference}
          title={t('publicApplication.thanksTitle')}
          text={t('publicApplication.thanksText')}
          receiptLabel={t('publicApplication.receipt')}
          anotherLabel={t('publicApplication.another')}
          onAnother={() => {
            submit.reset();
            setRound((r) => r + 1);
          }}
        />
        {receipt ? null : (
          <>
            <Stack gap="xs">
              <Text>{t('publicApplication.about')}</Text>
              <Text size="sm" c="dimmed">
                {t('publicApplication.privacy')}
              </Text>
            </Stack>
            <ApplicationForm key={round} withHoneypot pending={submit.isPending} error={submit.error} submitLabel={t('publicApplication.submit')} onSubmit={(input) => submit.mutate(input)} />
          </>
        )}
        <Text size="sm">
          <Anchor href="/login" size="sm">
            {t('publicApplication.staffLogin')}
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
