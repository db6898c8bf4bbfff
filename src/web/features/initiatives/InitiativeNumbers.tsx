import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { EditIcon } from '../../components/ui/icons';
import { useSetInitiativeRegistryNumber } from './api';

type InitiativeNumbersProps = {
  initiative: InitiativeDetailView;
  canEdit: boolean;
  onMessage: (message: string) => void;
};

/**
 * The initiative's two numbers, each with its own label so they are never taken for each other:
 * the number Samverkan gives (INI YYYY-NNNN) and the registry's number (diarienummer), which those
 * who may edit initiatives record or change at any stage.
 */
export function InitiativeNumbers({ initiative, canEdit, onMessage }: InitiativeNumbersProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Group component="dl" gap="lg" mt={-8} mb="sm" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <Text component="dt" size="sm" fw={600}>
            {t('initiatives.number')}:
          </Text>
          <Text component="dd" size="sm" ff="monospace" style={{ margin: 0 }}>
            {initiative.number}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Text component="dt" size="sm" fw={600}>
            {t('initiatives.registryNumber')}:
          </Text>
          <Group component="dd" gap={6} wrap="nowrap" style={{ margin: 0 }}>
            <Text size="sm" ff={initiative.registryNumber ? 'monospace' : undefined} c={initiative.registryNumber ? undefined : 'dimmed'}>
              {initiative.registryNumber ?? t('initiatives.noRegistryNumber')}
            </Text>
            {canEdit ? (
              <Button size="compact-sm" variant="subtle" leftSection={<EditIcon size={14} />} onClick={() => setEditing(true)}>
                {initiative.registryNumber ? t('initiatives.editRegistryNumber') : t('initiatives.setRegistryNumber')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Group>
      <AppModal opened={editing} onClose={() => setEditing(false)} title={t('initiatives.registryNumberTitle', { number: initiative.number })} size="md">
        {editing ? <RegistryNumberForm initiative={initiative} onClose={() => setEditing(false)} onMessage={onMessage} /> : null}
      </AppModal>
    </>
  );
}

function RegistryNumberForm({ initiative, onClose, onMessage }: { initiative: InitiativeDetailView; onClose: () => void; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const save = useSetInitiativeRegistryNumber();
  const [value, setValue] = useState(initiative.registryNumber ?? '');
  const fields = isApiError(save.error) ? save.error.fieldErrors() : {};
  const general = save.error && !fields.registryNumber ? errorMessage(save.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const registryNumber = value.trim() === '' ? null : value;
    save.mutate(
      { id: initiative.id, registryNumber, version: initiative.version },
      {
        onSuccess: () => {
          onClose();
          onMessage(registryNumber ? t('initiatives.registryNumberSaved') : t('initiatives.registryNumberCleared'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('initiatives.registryNumberTitle', { number: initiative.number })}>
      <Stack gap="md">
        <Text size="sm">{t('initiatives.registryNumberIntro', { number: initiative.number })}</Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput
          label={t('initiatives.registryNumber')}
          description={t('initiatives.registryNumberHint')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={fields.registryNumber}
          maxLength={60}
          autoComplete="off"
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('initiatives.registryNumberSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
