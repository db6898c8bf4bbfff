import { Alert, Button, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CopyIcon } from './icons';
import { AppModal } from './AppModal';

type SecretRevealModalProps = {
  opened: boolean;
  title: string;
  warning: string;
  label: string;
  secret: string;
  onClose: () => void;
};

/**
 * Shows a generated secret (temporary password, API key) the one time the server returns it,
 * with a copy button. It closes only on purpose, so the secret is not lost by a stray click.
 */
export function SecretRevealModal(props: SecretRevealModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      centered
      size="lg"
      closeOnClickOutside={false}
    >
      <Stack gap="md">
        <Alert color="yellow" variant="light" icon={<AlertIcon />}>
          <Text size="sm">{props.warning}</Text>
        </Alert>
        <Textarea
          label={props.label}
          value={props.secret}
          readOnly
          autosize
          minRows={1}
          data-testid="secret-value"
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-md)' } }}
        />
        <Group justify="space-between">
          <CopyButton value={props.secret} timeout={2500}>
            {({ copied, copy }) => (
              <Button variant="light" leftSection={<CopyIcon size={18} />} onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={props.onClose}>{t('common.done')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
