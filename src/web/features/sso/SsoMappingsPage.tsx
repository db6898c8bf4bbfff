import { Alert, Button, Group, Paper, Select, Table, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/users/roles';
import { SSO_ROLES, type SsoRole } from '../../../shared/users/sso.rules';
import type { SsoRoleMappingView } from '../../../shared/users/sso.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useAuthMethods, useCreateRoleMapping, useRemoveRoleMapping, useRoleMappings } from './api';

/** Which role each group from the city's sign-in gives (issue 15): list, add, remove with confirmation. */
export function SsoMappingsPage() {
  const allowed = useCan('users.manage');
  return allowed ? <SsoMappingsAdmin /> : <ForbiddenPage />;
}

function SsoMappingsAdmin() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const methods = useAuthMethods();
  const query = useRoleMappings();
  const create = useCreateRoleMapping();
  const remove = useRemoveRoleMapping();
  const [claimValue, setClaimValue] = useState('');
  const [role, setRole] = useState<SsoRole | null>(null);
  const [removing, setRemoving] = useState<SsoRoleMappingView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const roleName = (r: Role): string => t(`roles.${r}`);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    create.mutate(
      { claimValue, role: role as SsoRole },
      {
        onSuccess: (created) => {
          setClaimValue('');
          setRole(null);
          setMessage(t('ssoMappings.added', { claimValue: created.claimValue, role: roleName(created.role) }));
        },
      },
    );
  };

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing, {
      onSuccess: () => {
        setMessage(t('ssoMappings.removed', { claimValue: removing.claimValue, role: roleName(removing.role) }));
        setRemoving(null);
      },
    });
  };

  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const formError = create.error && Object.keys(fieldErrors).length === 0 ? errorMessage(create.error, t) : null;
  const items = query.data?.items;

  return (
    <>
      <PageHeading title={t('ssoMappings.title')} description={t('ssoMappings.intro')} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {methods.data && !methods.data.sso.enabled ? (
        <Alert color="brand" variant="light" icon={<InfoIcon />} mb="md">
          {t('ssoMappings.notEnabled')}
        </Alert>
      ) : null}

      <Paper withBorder radius="md" p="md" mb="md">
        <Title order={2} size="h4" mb="sm">
          {t('ssoMappings.addTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              label={t('ssoMappings.claimValue')}
              description={t('ssoMappings.claimValueHint')}
              name="claimValue"
              required
              maw={420}
              w="100%"
              value={claimValue}
              onChange={(e) => setClaimValue(e.currentTarget.value)}
              error={fieldErrors.claimValue}
            />
            <Select
              label={t('ssoMappings.role')}
              placeholder={t('ssoMappings.rolePlaceholder')}
              name="role"
              required
              w={260}
              data={SSO_ROLES.map((r) => ({ value: r, label: roleName(r) }))}
              value={role}
              onChange={(value) => setRole(value as SsoRole | null)}
              error={fieldErrors.role}
            />
          </Group>
          {formError ? (
            <Alert color="red" variant="light" role="alert" mt="md">
              {formError}
            </Alert>
          ) : null}
          <Button type="submit" mt="md" loading={create.isPending}>
            {t('ssoMappings.add')}
          </Button>
        </form>
      </Paper>

      <Paper withBorder radius="md" p="md">
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {items && items.length === 0 ? <EmptyMessage>{t('ssoMappings.empty')}</EmptyMessage> : null}
        {items && items.length > 0 ? (
          <Table.ScrollContainer minWidth={560} type="native">
            <Table verticalSpacing="sm" aria-label={t('ssoMappings.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ssoMappings.colClaimValue')}</Table.Th>
                  <Table.Th scope="col">{t('ssoMappings.colRole')}</Table.Th>
                  <Table.Th scope="col">{t('ssoMappings.colCreated')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((mapping) => (
                  <Table.Tr key={mapping.id}>
                    <Table.Th scope="row" fw={600}>
                      {mapping.claimValue}
                    </Table.Th>
                    <Table.Td>{roleName(mapping.role)}</Table.Td>
                    <Table.Td className="nowrap">{formatDate(mapping.createdAt, locale)}</Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          aria-label={t('ssoMappings.removeLabel', { claimValue: mapping.claimValue, role: roleName(mapping.role) })}
                          onClick={() => {
                            remove.reset();
                            setMessage(null);
                            setRemoving(mapping);
                          }}
                        >
                          {t('ssoMappings.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Paper>

      <ConfirmDialog
        opened={removing !== null}
        title={t('ssoMappings.confirmRemoveTitle')}
        confirmLabel={t('ssoMappings.remove')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        {t('ssoMappings.confirmRemoveText', { claimValue: removing?.claimValue ?? '', role: removing ? roleName(removing.role) : '' })}
      </ConfirmDialog>
    </>
  );
}
