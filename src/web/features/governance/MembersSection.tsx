import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodyDetailView, MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useAddMember, useGovernanceBody, useUpdateMember } from './api';
import { EditMemberModal } from './EditMemberModal';
import { MemberLoginSelect } from './MemberLoginSelect';
import { MemberOrganisationSelect } from './MemberOrganisationSelect';

type MembersSectionProps = { body: GovernanceBodyDetailView; onMessage: (message: string) => void };

/** The body's members (name, organisation, role, login) and, for writers, the form to add one. */
export function MembersSection({ body, onMessage }: MembersSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('governance.write');
  const editable = canWrite && body.status === 'active';
  const update = useUpdateMember();
  const reload = useGovernanceBody(body.id);
  const [editing, setEditing] = useState<MemberView | null>(null);
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
        <PanelHeading title={t('governance.membersTitle')} />
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
                        {m.active ? (
                          <Button size="xs" variant="default" color="red" onClick={() => setDeactivating(m)} aria-label={t('governance.deactivateMemberLabel', { name: m.name })}>
                            {t('governance.deactivateMember')}
                          </Button>
                        ) : (
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
      {editable ? <AddMemberForm bodyId={body.id} onMessage={onMessage} /> : null}
      <EditMemberModal
        member={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          onMessage(message);
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

function AddMemberForm({ bodyId, onMessage }: { bodyId: string; onMessage: (message: string) => void }) {
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
    add.mutate(
      { name, organisationId: organisation?.id ?? '', roleTitle, userId },
      {
        onSuccess: () => {
          setName('');
          setRoleTitle('');
          setUserId(null);
          onMessage(t('governance.memberAdded'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <Stack gap="sm" mt="lg">
        <Text id="add-member-heading" component="h3" fw={700} fz="h4" m={0}>
          {t('governance.addMember')}
        </Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('governance.memberName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} maxLength={200} />
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
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('governance.addMember')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
