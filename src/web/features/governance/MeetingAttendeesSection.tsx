import { Alert, Button, Checkbox, List, Paper, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetailView, MemberView } from '../../../shared/governance/governance.schemas';
import { errorMessage } from '../../components/ui/error-message.format';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useUpdateMeeting } from './api';

type Props = { meeting: MeetingDetailView; members: MemberView[]; editable: boolean; onMessage: (message: string) => void };

/** Which of the body's members were present; writers can change it. */
export function MeetingAttendeesSection({ meeting, members, editable, onMessage }: Props) {
  const { t } = useTranslation();
  const byId = new Map(members.map((m) => [m.id, m]));
  const present = meeting.attendeeMemberIds.map((id) => byId.get(id)).filter((m): m is MemberView => m !== undefined);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="attendees-heading">
      <div id="attendees-heading">
        <PanelHeading title={t('governance.attendees')} />
      </div>
      {present.length === 0 ? (
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
      {editable && members.length > 0 ? <AttendeesForm meeting={meeting} members={members} onMessage={onMessage} /> : null}
    </Paper>
  );
}

function AttendeesForm({ meeting, members, onMessage }: Omit<Props, 'editable'>) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [chosen, setChosen] = useState<string[]>(meeting.attendeeMemberIds);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ version: meeting.version, attendeeMemberIds: chosen }, { onSuccess: () => onMessage(t('governance.attendeesSaved')) });
  };
  return (
    <form onSubmit={submit} aria-label={t('governance.chooseAttendees')}>
      {update.error ? (
        <Alert color="red" variant="light" role="alert" mt="md">
          {errorMessage(update.error, t)}
        </Alert>
      ) : null}
      <Checkbox.Group label={t('governance.chooseAttendees')} value={chosen} onChange={setChosen} mt="md">
        <Stack gap={6} mt="xs">
          {members.map((m) => (
            <Checkbox key={m.id} value={m.id} label={`${m.name} (${m.organisation.name})`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Button type="submit" variant="default" mt="sm" loading={update.isPending}>
        {t('governance.saveAttendees')}
      </Button>
    </form>
  );
}
