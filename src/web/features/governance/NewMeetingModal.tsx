import { Alert, Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreateMeeting } from './api';
import { localIsoDate } from './governance.format';
import { DateField } from '../../components/ui/DateField';

type NewMeetingModalProps = { bodyId: string; members: MemberView[]; opened: boolean; onClose: () => void };

/** Records a meeting of a body: date, agenda and who was present; then opens it. */
export function NewMeetingModal({ bodyId, members, opened, onClose }: NewMeetingModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('governance.newMeeting')} size="lg">
      {opened ? <MeetingForm bodyId={bodyId} members={members} onClose={onClose} /> : null}
    </AppModal>
  );
}

function MeetingForm({ bodyId, members, onClose }: Omit<NewMeetingModalProps, 'opened'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting(bodyId);
  const [meetingDate, setMeetingDate] = useState(() => localIsoDate(new Date()));
  const [agenda, setAgenda] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const general = create.error && Object.keys(fields).length === 0 ? errorMessage(create.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { meetingDate, agenda, attendeeMemberIds: attendees },
      {
        onSuccess: (meeting) => {
          onClose();
          void navigate({ to: '/styrgrupper/moten/$id', params: { id: meeting.id }, state: { flash: t('governance.meetingCreated') } });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.newMeeting')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <DateField label={t('governance.meetingDate')} required value={meetingDate} onChange={(value) => setMeetingDate(value)} error={fields.meetingDate} data-autofocus />
        <Textarea label={t('governance.agenda')} autosize minRows={3} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} error={fields.agenda} />
        {members.length > 0 ? (
          <Checkbox.Group label={t('governance.attendees')} value={attendees} onChange={setAttendees} error={fields.attendeeMemberIds}>
            <Stack gap={6} mt="xs">
              {members
                .filter((m) => m.active)
                .map((m) => (
                  <Checkbox key={m.id} value={m.id} label={`${m.name} (${m.organisation.name})`} />
                ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('governance.createMeeting')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
