import { Alert, Button, Checkbox, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CopyIcon } from '../../components/ui/icons';

type RecoveryCodesPanelProps = {
  codes: string[];
  /** Called once the user says the codes are saved. */
  onDone: () => void;
};

/** Recovery codes, shown the one time the server returns them (issue 15), with copy and download. */
export function RecoveryCodesPanel({ codes, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const text = codes.join('\n');

  const download = () => {
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('twoFactor.downloadName');
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('twoFactor.recoveryTitle')}
      </Title>
      <Alert color="yellow" variant="light" icon={<AlertIcon />}>
        <Text size="sm">{t('twoFactor.recoveryIntro')}</Text>
      </Alert>
      <List aria-label={t('twoFactor.recoveryListLabel')} data-testid="recovery-codes" listStyleType="none" spacing={4} ff="monospace" fz="lg">
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="sm">
        <CopyButton value={text} timeout={2500}>
          {({ copied, copy }) => (
            <Button variant="light" leftSection={<CopyIcon size={18} />} onClick={copy}>
              {copied ? t('twoFactor.copied') : t('twoFactor.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" onClick={download}>
          {t('twoFactor.download')}
        </Button>
      </Group>
      <Checkbox label={t('twoFactor.saved')} checked={saved} onChange={(e) => setSaved(e.currentTarget.checked)} />
      <Group justify="flex-end">
        <Button onClick={onDone} disabled={!saved}>
          {t('twoFactor.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
