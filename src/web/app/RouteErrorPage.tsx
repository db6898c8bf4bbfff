import { Button, Paper, Stack, Text } from '@mantine/core';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../components/ui/error-message.format';
import { PageHeading } from '../components/ui/PageHeading';

/** Shown when a page fails to load (e.g. its code could not be fetched after a new release). */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Paper withBorder p="xl" radius="md" maw={640} m="md">
      <Stack gap="md" align="flex-start">
        <PageHeading title={t('errors.title')} />
        <Text>{errorMessage(error, t)}</Text>
        <Button onClick={() => void router.invalidate()}>{t('common.retry')}</Button>
      </Stack>
    </Paper>
  );
}
