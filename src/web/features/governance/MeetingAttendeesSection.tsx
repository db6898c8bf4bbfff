import { Alert, Button, Checkbox, Group, List, Paper, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetailView, MemberView } from '../../../shared/governance/governance.schemas';
import { errorMessage } from '../../components/ui/error-message.format';
import { EditIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useUpdateMeeting } from './api';

type Props = { meeting: MeetingDetailView; members: MemberView[]; editable: boolean; onMessage: (message: string) => void };

/**
 * Which of the body's members were present, shown once: as a list, or — while a writer changes it
 * after "Ändra närvaro" — as the checkboxes that replace the list.
 */
export function MeetingAttendeesSection({ meeting, members, editable, onMessage }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const byId = new Map(members.map((m) => [m.id, m]));
  const present = meeting.attendeeMemberIds.map((id) => byId.get(id)).filter((m): m is MemberView => m !== undefined);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="attendees-heading">
      <div id="attendees-heading">
        <PanelHeading
          title={t('governance.attendees')}
          actions={
            editable && !editing && members.length > 0 ? (
              <Button variant="default" leftSection={<EditIcon size={18} />} onClick={() => setEditing(true)}>
                {t('governance.editAttendees')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {editing ? (
        <AttendeesForm
          meeting={meeting}
          members={members}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onMessage(t('governance.attendeesSaved'));
          }}
        />
      ) : present.length === 0 ? (
        <EmptyMessage>{t('governance.attendeesEmpty')}</EmptyMessage>
      ) : (
        <List size="sm" spacing={4} aria-label={t('governance.attendees')}>
          {present.map((m) => (
            <List.Item key={m.id}>
              {m.name}, {m.roleTitle} ({m.organisation.name})
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function AttendeesForm({ meeting, members, onDone }: { meeting: MeetingDetailView; members: MemberView[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [chosen, setChosen] = useState<string[]>(meeting.attendeeMemberIds);
  // Members who have stepped down are offered only if they were recorded as present.
  const offered = members.filter((m) => m.active || meeting.attendeeMemberIds.includes(m.id));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ version: meeting.version, attendeeMemberIds: chosen }, { onSuccess: () => onDone(true) });
  };
  return (
    <form onSubmit={submit} aria-label={t('governance.chooseAttendees')}>
      <Stack gap="sm">
        {update.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(update.error, t)}
          </Alert>
        ) : null}
        <Checkbox.Group label={t('governance.chooseAttendees')} value={chosen} onChange={setChosen}>
          <Stack gap={6} mt="xs">
            {offered.map((m) => (
              <Checkbox key={m.id} value={m.id} label={`${m.name} (${m.organisation.name})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('governance.saveAttendees')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              update.reset();
              onDone(false);
            }}
            disabled={update.isPending}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
