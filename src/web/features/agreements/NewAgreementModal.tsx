import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreateAgreement } from './api';

type NewAgreementModalProps = { cooperationId: string; opened: boolean; onClose: () => void };

/** Drafts a new agreement for the cooperation by its title, then opens it for writing the terms. */
export function NewAgreementModal({ cooperationId, opened, onClose }: NewAgreementModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('agreements.new')} size="lg">
      {opened ? <NewAgreementForm cooperationId={cooperationId} onClose={onClose} /> : null}
    </AppModal>
  );
}

function NewAgreementForm({ cooperationId, onClose }: Omit<NewAgreementModalProps, 'opened'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const general = create.error && !fields.title ? errorMessage(create.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setMissing(true);
      return;
    }
    create.mutate(
      { cooperationId, title: title.trim() },
      {
        onSuccess: (agreement) => {
          onClose();
          void navigate({
            to: '/samverkan/$id/avtal/$agreementId',
            params: { id: cooperationId, agreementId: agreement.id },
            state: { flash: t('agreements.created') },
          });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('agreements.new')}>
      <Stack gap="md">
        <Text size="sm">{t('agreements.newIntro')}</Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput
          label={t('agreements.title')}
          required
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('agreements.titleRequired') : fields.title}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('agreements.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
