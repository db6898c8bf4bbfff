import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message.format';
import { AlertIcon, InfoIcon } from './icons';

/** A spinner with a spoken label, for content that is on its way. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

/** An error alert with the server's message and an optional retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.title')} icon={<AlertIcon />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry ? (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** What an empty list says, instead of an empty table. */
export function EmptyMessage({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState
      py="xl"
      size="sm"
      icon={<InfoIcon size={28} />}
      withIndicatorBackground
      description={children}
    >
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
