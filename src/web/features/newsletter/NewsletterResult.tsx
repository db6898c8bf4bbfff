import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_IOP_PATH } from '../../../shared/newsletter/newsletter.schemas';
import { AlertIcon, CheckCircleIcon } from '../../components/ui/icons';
import { ButtonLink } from '../../components/ui/RouterLinks';

/** The outcome of following a newsletter link, said plainly (never an error page), with the way back to the IOP page. */
export function NewsletterResult({ ok, title, children }: { ok: boolean; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" align="flex-start">
      <Alert color={ok ? 'green' : 'yellow'} variant="light" icon={ok ? <CheckCircleIcon /> : <AlertIcon />} title={title} role="status">
        {children}
      </Alert>
      <ButtonLink to={PUBLIC_IOP_PATH} variant="default">
        {t('newsletterPublic.toIopPage')}
      </ButtonLink>
    </Stack>
  );
}
