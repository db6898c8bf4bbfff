import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiTokenView } from '../../../shared/users/api-token.schemas';
import type { Role } from '../../../shared/users/roles';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { RoleCheckboxGroup } from '../../components/ui/RoleCheckboxGroup';
import { useCreateApiToken } from './api';
import { AppModal } from '../../components/ui/AppModal';
import { DateField } from '../../components/ui/DateField';

type CreateApiTokenModalProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (result: CreatedApiTokenView) => void;
};

/** The form for a new API token: name, roles and an optional last valid day. */
export function CreateApiTokenModal({ opened, onClose, onCreated }: CreateApiTokenModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('apiTokens.createTitle')} size="lg" centered>
      {opened ? <CreateApiTokenForm onClose={onClose} onCreated={onCreated} /> : null}
    </AppModal>
  );
}

function CreateApiTokenForm({ onClose, onCreated }: Omit<CreateApiTokenModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [expiresAt, setExpiresAt] = useState('');

  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const formError = create.error && !['name', 'roles', 'expiresAt'].some((path) => fieldErrors[path]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name, roles, ...(expiresAt ? { expiresAt } : {}) }, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error, t)}
          </Alert>
        ) : null}
        <TextInput
          label={t('apiTokens.name')}
          description={t('apiTokens.nameDescription')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
          data-autofocus
        />
        <RoleCheckboxGroup label={t('apiTokens.roles')} value={roles} onChange={setRoles} error={fieldErrors.roles} />
        <DateField
          label={t('apiTokens.expiresAt')}
          description={t('apiTokens.expiresAtDescription')}
          value={expiresAt}
          onChange={(value) => setExpiresAt(value)}
          error={fieldErrors.expiresAt}
          w={{ base: '100%', sm: 260 }}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('apiTokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
