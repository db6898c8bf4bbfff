import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../app/PublicLayout';
import { CheckCircleIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
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
  const thanks = useRef<HTMLDivElement>(null);
  const receipt = submit.data;
  useEffect(() => {
    if (receipt) thanks.current?.focus();
  }, [receipt]);

  return (
    <PublicLayout width={760} withPublisher>
      <PageHeading title={t('publicApplication.title_page')} description={t('publicApplication.lead')} />
      <Stack gap="lg">
        <div role="status" aria-live="polite">
          {receipt ? (
            <Alert ref={thanks} tabIndex={-1} color="green" variant="light" icon={<CheckCircleIcon />} title={t('publicApplication.thanksTitle')}>
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{t('publicApplication.thanksText')}</Text>
                <Text size="sm">
                  {t('publicApplication.receipt')}{' '}
                  <Text span fw={700} ff="monospace">
                    {receipt.reference}
                  </Text>
                </Text>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => {
                    submit.reset();
                    setRound((r) => r + 1);
                  }}
                >
                  {t('publicApplication.another')}
                </Button>
              </Stack>
            </Alert>
          ) : null}
        </div>
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
