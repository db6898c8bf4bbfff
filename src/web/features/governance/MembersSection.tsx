import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodyDetailView, MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { AppModal } from '../../components/ui/AppModal';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useAddMember, useGovernanceBody, useUpdateMember } from './api';
import { EditMemberModal } from './EditMemberModal';
import { MemberLoginSelect } from './MemberLoginSelect';
import { MemberOrganisationSelect } from './MemberOrganisationSelect';

type MembersSectionProps = { body: GovernanceBodyDetailView; onMessage: (message: string) => void };

/**
 * The body's members (name, organisation, role, login). Writers add a member in a dialog and change
 * one from its row; a member steps down from the edit dialog's separate danger area, confirmed.
 */
export function MembersSection({ body, onMessage }: MembersSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('governance.write');
  const editable = canWrite && body.status === 'active';
  const update = useUpdateMember();
  const reload = useGovernanceBody(body.id);
  const [editing, setEditing] = useState<MemberView | null>(null);
  const [adding, setAdding] = useState(false);
  const [deactivating, setDeactivating] = useState<MemberView | null>(null);
  const conflict = isVersionConflict(update.error);
  const setActive = (m: MemberView, active: boolean) =>
    update.mutate(
      { id: m.id, version: m.version, active },
      {
        onSuccess: () => {
          setDeactivating(null);
          onMessage(active ? t('governance.memberReactivated', { name: m.name }) : t('governance.memberDeactivated', { name: m.name }));
        },
        onError: (error) => {
          if (isVersionConflict(error)) setDeactivating(null);
        },
      },
    );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="members-heading">
      <div id="members-heading">
        <PanelHeading
          title={t('governance.membersTitle')}
          actions={
            editable ? (
              <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setAdding(true)}>
                {t('governance.addMember')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {conflict ? (
        <ConflictNotice
          title={t('governance.conflictTitle')}
          text={t('governance.conflictText')}
          reloadLabel={t('governance.conflictReload')}
          reloading={reload.isFetching}
          onReload={() => {
            update.reset();
            void reload.refetch();
          }}
        />
      ) : null}
      {body.members.length === 0 ? (
        <EmptyMessage>{t('governance.membersEmpty')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="xs" aria-label={t('governance.membersTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.colMember')}</Table.Th>
                <Table.Th scope="col">{t('governance.colOrganisation')}</Table.Th>
                <Table.Th scope="col">{t('governance.colRoleTitle')}</Table.Th>
                <Table.Th scope="col">{t('governance.colUser')}</Table.Th>
                {editable ? <Table.Th scope="col">{t('governance.colActions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {body.members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={600}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {m.name}
                      </Text>
                      {m.active ? null : (
                        <Badge size="sm" color="gray" variant="light">
                          {t('governance.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{m.organisation.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.roleTitle}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.userId ? t('governance.linkedUser') : t('governance.notLinked')}</Text>
                  </Table.Td>
                  {editable ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(m)} aria-label={t('governance.editMemberLabel', { name: m.name })}>
                          {t('governance.editMember')}
                        </Button>
                        {m.active ? null : (
                          <Button size="xs" variant="default" onClick={() => setActive(m, true)} loading={update.isPending && update.variables?.id === m.id}>
                            {t('governance.reactivateMember', { name: m.name })}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal opened={adding} onClose={() => setAdding(false)} title={t('governance.addMember')} size="lg">
        {adding ? (
          <AddMemberForm
            bodyId={body.id}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              onMessage(t('governance.memberAdded'));
            }}
          />
        ) : null}
      </AppModal>
      <EditMemberModal
        member={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          onMessage(message);
        }}
        onDeactivate={(m) => {
          setEditing(null);
          setDeactivating(m);
        }}
      />
      <ConfirmDialog
        opened={deactivating !== null}
        title={t('governance.deactivateTitle', { name: deactivating?.name ?? '' })}
        confirmLabel={t('governance.deactivateMember')}
        destructive
        pending={update.isPending}
        error={conflict ? null : update.error}
        onClose={() => {
          setDeactivating(null);
          update.reset();
        }}
        onConfirm={() => {
          if (deactivating) setActive(deactivating, false);
        }}
      >
        {t('governance.deactivateText', { name: deactivating?.name ?? '', organisation: deactivating?.organisation.name ?? '' })}
      </ConfirmDialog>
    </Paper>
  );
}

function AddMemberForm({ bodyId, onClose, onAdded }: { bodyId: string; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const add = useAddMember(bodyId);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState<{ id: string; name: string } | null>(null);
  const [roleTitle, setRoleTitle] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [missingOrganisation, setMissingOrganisation] = useState(false);
  const fields = isApiError(add.error) ? add.error.fieldErrors() : {};
  const general = add.error && Object.keys(fields).length === 0 ? errorMessage(add.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Sent anyway, so the server's messages for the other fields come at the same time.
    setMissingOrganisation(!organisation);
    add.mutate({ name, organisationId: organisation?.id ?? '', roleTitle, userId }, { onSuccess: onAdded });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.addMember')}>
      <Stack gap="sm">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('governance.memberName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} maxLength={200} data-autofocus />
          <MemberOrganisationSelect
            value={organisation}
            onChange={(next) => {
              setOrganisation(next);
              setMissingOrganisation(false);
            }}
            error={missingOrganisation ? t('governance.organisationRequired') : fields.organisationId}
          />
          <TextInput
            label={t('governance.roleTitle')}
            description={t('governance.roleTitleHint')}
            required
            value={roleTitle}
            onChange={(e) => setRoleTitle(e.currentTarget.value)}
            error={fields.roleTitle}
            maxLength={200}
          />
          <MemberLoginSelect id="userId" value={userId} onChange={setUserId} error={fields.userId} />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('governance.addMember')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
