import { Alert, Button, Checkbox, Group, List, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GovernanceBodyDetailView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { AppModal } from '../../components/ui/AppModal';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon, EditIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { useGovernanceBody, useUpdateBody } from './api';
import { nonPartyOrganisations, partyCandidates } from './governance.format';
import { MemberOrganisationSelect } from './MemberOrganisationSelect';

type PartiesSectionProps = { body: GovernanceBodyDetailView; onMessage: (message: string) => void };

/**
 * The organisations whose approval the body's joint decisions need (IOP-6), each with its number of
 * active members, and the organisations whose members take part without a vote; writers change
 * the list in a dialog.
 */
export function PartiesSection({ body, onMessage }: PartiesSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('governance.write') && body.status === 'active';
  const [editing, setEditing] = useState(false);
  const guests = nonPartyOrganisations(body);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('governance.partiesTitle')}>
      <div>
        <PanelHeading
          title={t('governance.partiesTitle')}
          description={t('governance.partiesIntro')}
          actions={
            canWrite ? (
              <Button variant="default" leftSection={<EditIcon size={18} />} onClick={() => setEditing(true)}>
                {t('governance.editParties')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {body.parties.length === 0 ? (
        <Alert color="yellow" variant="light" icon={<AlertIcon />}>
          {t('governance.partiesEmpty')}
        </Alert>
      ) : (
        <List listStyleType="none" spacing="xs" aria-label={t('governance.partiesListLabel')}>
          {body.parties.map((p) => (
            <List.Item key={p.id}>
              <Text size="sm" fw={600} span>
                {p.name}
              </Text>
              {p.activeMembers > 0 ? (
                <Text size="sm" c="dimmed" span>
                  {' · '}
                  {t('governance.partyMembers', { count: p.activeMembers })}
                </Text>
              ) : (
                <Text size="sm" c="red.8" fw={600} span>
                  {' · '}
                  {t('governance.partyNoMember')}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {body.parties.some((p) => p.activeMembers === 0) ? (
        <Alert color="yellow" variant="light" icon={<AlertIcon />} mt="sm">
          {t('governance.partiesMissingMember')}
        </Alert>
      ) : null}
      {guests.length > 0 ? (
        <Text size="sm" mt="sm">
          {t('governance.withoutVoteOrganisations', { names: guests.map((g) => g.name).join(', ') })}
        </Text>
      ) : null}
      <AppModal opened={editing} onClose={() => setEditing(false)} title={t('governance.editPartiesTitle', { name: body.name })} size="lg">
        {editing ? (
          <EditPartiesForm
            key={body.version}
            body={body}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onMessage(t('governance.partiesSaved'));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

function EditPartiesForm({ body, onClose, onSaved }: { body: GovernanceBodyDetailView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateBody(body.id);
  const reload = useGovernanceBody(body.id);
  const [added, setAdded] = useState<{ id: string; name: string }[]>([]);
  const [chosen, setChosen] = useState<string[]>(body.parties.map((p) => p.id));
  const [none, setNone] = useState(false);
  // Remounts the picker after each pick, so it is empty for the next one.
  const [pickerKey, setPickerKey] = useState(0);
  const candidates = partyCandidates(body, added);
  const conflict = isVersionConflict(update.error);
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const fieldError = Object.entries(fields).find(([path]) => path.startsWith('partyOrganisationIds'))?.[1];
  const general = update.error && !conflict && !fieldError ? errorMessage(update.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) return setNone(true);
    update.mutate({ version: body.version, partyOrganisationIds: chosen }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.editPartiesTitle', { name: body.name })}>
      <Stack gap="md">
        <Text size="sm">{t('governance.editPartiesHelp')}</Text>
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
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Checkbox.Group
          label={t('governance.partyCandidates')}
          value={chosen}
          onChange={(next) => {
            setChosen(next);
            setNone(false);
          }}
          error={none ? t('governance.partyRequired') : fieldError}
        >
          <Stack gap={6} mt="xs">
            {candidates.map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                label={
                  c.activeMembers > 0
                    ? t('governance.partyCandidate', { name: c.name, members: t('governance.partyMembers', { count: c.activeMembers }) })
                    : t('governance.partyCandidateNoMember', { name: c.name })
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <MemberOrganisationSelect
          key={pickerKey}
          id="party-organisation"
          label={t('governance.addPartyOrganisation')}
          description={t('governance.addPartyOrganisationHint')}
          required={false}
          value={null}
          onChange={(picked) => {
            if (!picked) return;
            if (!candidates.some((c) => c.id === picked.id)) setAdded((a) => [...a, picked]);
            setChosen((c) => (c.includes(picked.id) ? c : [...c, picked.id]));
            setNone(false);
            setPickerKey((k) => k + 1);
          }}
        />
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
