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
import { useGovernanceBody, useUpdateBody } from './api';
import { CooperationMultiPicker, type PickedCooperation } from './CooperationMultiPicker';

type BodyActionsProps = { body: GovernanceBodyDetailView; onMessage: (message: string) => void };

/** Writers' actions on a body: edit its details, close it (after confirmation) or reopen it. */
export function BodyActions({ body, onMessage }: BodyActionsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const update = useUpdateBody(body.id);
  const reload = useGovernanceBody(body.id);
  const conflict = isVersionConflict(update.error);
  const setStatus = (status: 'active' | 'closed') =>
    update.mutate(
      { version: body.version, status },
      {
        onSuccess: () => {
          setClosing(false);
          onMessage(status === 'closed' ? t('governance.bodyClosed') : t('governance.bodyReopened'));
        },
      },
    );
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
      <Group gap="sm">
        <Button variant="default" onClick={() => setEditing(true)} disabled={body.status === 'closed'}>
          {t('governance.editBody')}
        </Button>
        {body.status === 'active' ? (
          <Button variant="default" color="red" onClick={() => setClosing(true)}>
            {t('governance.closeBody')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => setStatus('active')} loading={update.isPending}>
            {t('governance.reopenBody')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={closing}
        title={t('governance.closeBodyTitle', { name: body.name })}
        confirmLabel={t('governance.closeBody')}
        destructive
        pending={update.isPending}
        error={conflict ? null : update.error}
        onClose={() => {
          setClosing(false);
          if (!conflict) update.reset();
        }}
        onConfirm={() => setStatus('closed')}
      >
        {t('governance.closeBodyText')}
      </ConfirmDialog>
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
