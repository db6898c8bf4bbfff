import { Alert, Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_CADENCES, type MeetingCadence } from '../../../shared/governance/cadence.rules';
import type { GovernanceBodyDetailView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { EditIcon } from '../../components/ui/icons';
import { useGovernanceBody, useUpdateBody } from './api';
import { CooperationMultiPicker, type PickedCooperation } from './CooperationMultiPicker';
import { DangerZone } from './DangerZone';

type BodyActionsProps = { body: GovernanceBodyDetailView; onMessage: (message: string) => void };

/** Writers' actions beside the body's heading: edit its details, or reopen a closed body. Closing it is apart, in `CloseBodyZone`. */
export function BodyActions({ body, onMessage }: BodyActionsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateBody(body.id);
  const reload = useGovernanceBody(body.id);
  const conflict = isVersionConflict(update.error);
  const reopen = () => update.mutate({ version: body.version, status: 'active' }, { onSuccess: () => onMessage(t('governance.bodyReopened')) });
  return (
    <Stack gap="sm" mb="md">
      {conflict && !editing ? (
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
      {update.error && !conflict ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(update.error, t)}
        </Alert>
      ) : null}
      <Group gap="sm">
        {body.status === 'active' ? (
          <Button variant="default" leftSection={<EditIcon size={18} />} onClick={() => setEditing(true)}>
            {t('governance.editBody')}
          </Button>
        ) : (
          <Button variant="default" onClick={reopen} loading={update.isPending}>
            {t('governance.reopenBody')}
          </Button>
        )}
      </Group>
      <AppModal opened={editing} onClose={() => setEditing(false)} title={t('governance.editBodyTitle', { name: body.name })} size="lg">
        {editing ? (
          <EditBodyForm
            key={body.version}
            body={body}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onMessage(t('governance.bodySaved'));
            }}
          />
        ) : null}
      </AppModal>
    </Stack>
  );
}

/**
 * Closing the body, kept apart from its edit actions at the foot of the page and confirmed before
 * it is done: a closed body takes no new members, meetings or decisions.
 */
export function CloseBodyZone({ body, onMessage }: BodyActionsProps) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const update = useUpdateBody(body.id);
  return (
    <>
      <DangerZone
        id="close-body"
        title={t('governance.closeBody')}
        text={t('governance.closeBodyZoneText')}
        actionLabel={t('governance.closeBody')}
        onAction={() => setClosing(true)}
      />
      <ConfirmDialog
        opened={closing}
        title={t('governance.closeBodyTitle', { name: body.name })}
        confirmLabel={t('governance.closeBody')}
        destructive
        pending={update.isPending}
        error={update.error}
        onClose={() => {
          setClosing(false);
          update.reset();
        }}
        onConfirm={() =>
          update.mutate(
            { version: body.version, status: 'closed' },
            {
              onSuccess: () => {
                setClosing(false);
                onMessage(t('governance.bodyClosed'));
              },
            },
          )
        }
      >
        {t('governance.closeBodyText')}
      </ConfirmDialog>
    </>
  );
}

function EditBodyForm({ body, onClose, onSaved }: { body: GovernanceBodyDetailView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateBody(body.id);
  const reload = useGovernanceBody(body.id);
  const [name, setName] = useState(body.name);
  const [mandate, setMandate] = useState(body.mandate ?? '');
  const [permanent, setPermanent] = useState(body.permanent);
  const [cadence, setCadence] = useState<MeetingCadence>(body.cadence);
  const [cooperations, setCooperations] = useState<PickedCooperation[]>(body.cooperations.map((c) => ({ id: c.id, label: `${c.caseNumber} ${c.title}` })));
  const conflict = isVersionConflict(update.error);
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const general = update.error && !conflict && Object.keys(fields).length === 0 ? errorMessage(update.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ version: body.version, name, mandate, permanent, cadence, cooperationIds: cooperations.map((c) => c.id) }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.editBodyTitle', { name: body.name })}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            title={t('governance.conflictTitle')}
            text={t('governance.conflictText')}
            reloadLabel={t('governance.conflictReload')}
            reloading={reload.isFetching}
            onReload={() => {
              update.reset();
              // The form remounts with the newer version's values (keyed by version).
              void reload.refetch();
            }}
          />
        ) : null}
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput label={t('governance.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} maxLength={200} data-autofocus />
        <Textarea label={t('governance.mandate')} description={t('governance.mandateHint')} autosize minRows={3} value={mandate} onChange={(e) => setMandate(e.currentTarget.value)} error={fields.mandate} />
        <Checkbox label={t('governance.permanent')} description={t('governance.permanentHint')} checked={permanent} onChange={(e) => setPermanent(e.currentTarget.checked)} />
        <Select
          label={t('governance.cadence')}
          data={MEETING_CADENCES.map((c) => ({ value: c, label: t(`governance.cadence_${c}`) }))}
          value={cadence}
          onChange={(value) => {
            const next = MEETING_CADENCES.find((c) => c === value);
            if (next) setCadence(next);
          }}
          allowDeselect={false}
          error={fields.cadence}
        />
        <CooperationMultiPicker value={cooperations} onChange={setCooperations} error={fields.cooperationIds} />
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
