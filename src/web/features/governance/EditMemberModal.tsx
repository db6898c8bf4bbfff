import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { useGovernanceBody, useUpdateMember } from './api';
import { DangerZone } from './DangerZone';
import { MemberLoginSelect } from './MemberLoginSelect';
import { MemberOrganisationSelect } from './MemberOrganisationSelect';

type EditMemberModalProps = {
  member: MemberView | null;
  onClose: () => void;
  onSaved: (message: string) => void;
  /** Asks to mark the member as stepped down (the caller confirms it first). */
  onDeactivate: (member: MemberView) => void;
};

/**
 * Edits a member's name, organisation, role title and linked login at the version shown; marking
 * an active member as stepped down sits apart below the form, in a danger area.
 */
export function EditMemberModal({ member, onClose, onSaved, onDeactivate }: EditMemberModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={member !== null} onClose={onClose} title={t('governance.editMemberTitle')} size="lg">
      {member ? (
        <Stack gap="xl">
          <EditMemberForm key={`${member.id}-${member.version}`} member={member} onClose={onClose} onSaved={onSaved} />
          {member.active ? (
            <DangerZone
              id="member-steps-down"
              order={3}
              title={t('governance.memberDangerTitle')}
              text={t('governance.memberDangerText')}
              actionLabel={t('governance.deactivateMember')}
              onAction={() => onDeactivate(member)}
            />
          ) : null}
        </Stack>
      ) : null}
    </AppModal>
  );
}

function EditMemberForm({ member, onClose, onSaved }: { member: MemberView; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateMember();
  const reload = useGovernanceBody(member.bodyId);
  const [name, setName] = useState(member.name);
  const [organisation, setOrganisation] = useState<{ id: string; name: string } | null>(member.organisation);
  const [roleTitle, setRoleTitle] = useState(member.roleTitle);
  const [userId, setUserId] = useState<string | null>(member.userId);
  const [missingOrganisation, setMissingOrganisation] = useState(false);
  const conflict = isVersionConflict(update.error);
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const general = update.error && !conflict && Object.keys(fields).length === 0 ? errorMessage(update.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!organisation) return setMissingOrganisation(true);
    update.mutate({ id: member.id, version: member.version, name, organisationId: organisation.id, roleTitle, userId }, { onSuccess: () => onSaved(t('governance.memberSaved')) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.editMemberTitle')}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            title={t('governance.conflictTitle')}
            text={t('governance.conflictText')}
            reloadLabel={t('governance.conflictReload')}
            reloading={reload.isFetching}
            onReload={() => {
              update.reset();
              void reload.refetch().then(() => onClose());
            }}
          />
        ) : null}
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput label={t('governance.memberName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} maxLength={200} data-autofocus />
        <MemberOrganisationSelect
          id="edit-member-organisation"
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
        <MemberLoginSelect id="edit-member-login" value={userId} onChange={setUserId} error={fields.userId} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict}>
            {t('governance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
