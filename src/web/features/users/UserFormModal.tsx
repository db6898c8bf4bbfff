import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/users/roles';
import type { UserView, UserWithPasswordView } from '../../../shared/users/user.schemas';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { PasswordField } from '../../components/ui/PasswordField';
import { RoleCheckboxGroup } from '../../components/ui/RoleCheckboxGroup';
import { useCreateUser, useUpdateUser } from './api';
import { PartnerOrganisationField } from './PartnerOrganisationField';
import { AppModal } from '../../components/ui/AppModal';

type UserFormModalProps = {
  /** The user to edit; undefined to create a new one. */
  user: UserView | undefined;
  opened: boolean;
  onClose: () => void;
  onCreated: (result: UserWithPasswordView) => void;
  onUpdated: (user: UserView) => void;
};

/** Creates or edits a user. Field errors come from the server, in the UI language. */
export function UserFormModal(props: UserFormModalProps) {
  const { t } = useTranslation();
  const editing = props.user !== undefined;
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t('users.editTitle') : t('users.createTitle')}
      size="lg"
      centered
    >
      {/* Remount per user so the form starts from that user's values. */}
      <UserForm key={props.user?.id ?? 'new'} {...props} />
    </AppModal>
  );
}

function UserForm({ user, onClose, onCreated, onUpdated }: UserFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [password, setPassword] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(user?.organisationId ?? null);
  // Only a partner account speaks for an organisation; other roles keep none.
  const linkedOrganisation = roles.includes('partner') ? organisationId : null;

  const mutation = user ? update : create;
  const error = mutation.error;
  const fieldErrors = isApiError(error) ? error.fieldErrors() : {};
  const knownFields = ['name', 'email', 'roles', 'password', 'organisationId'];
  const formError = error && !Object.keys(fieldErrors).some((path) => knownFields.includes(path));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (user) {
      update.mutate({ id: user.id, version: user.version, name, email, roles, organisationId: linkedOrganisation }, { onSuccess: onUpdated });
    } else {
      create.mutate({ name, email, roles, organisationId: linkedOrganisation, ...(password ? { password } : {}) }, { onSuccess: onCreated });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        <TextInput
          label={t('users.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
          data-autofocus
        />
        <TextInput
          label={t('users.email')}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldErrors.email}
        />
        <RoleCheckboxGroup label={t('users.roles')} value={roles} onChange={setRoles} error={fieldErrors.roles} />
        {roles.includes('partner') ? (
          <PartnerOrganisationField organisationId={organisationId} onChange={setOrganisationId} error={fieldErrors.organisationId} />
        ) : null}
        {user ? null : (
          <PasswordField
            label={t('users.password')}
            description={t('users.passwordDescription')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
          />
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {user ? t('common.save') : t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
