import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreateMeeting } from './api';
import { localIsoDate } from './review.format';
import { DateField } from '../../components/ui/DateField';

/** Plans a meeting of the review group; with the box ticked its agenda is built from the queue. */
export function NewMeetingModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [meetingDate, setMeetingDate] = useState(() => localIsoDate(new Date()));
  const [location, setLocation] = useState('');
  // Not ticked by default: building the agenda takes the whole queue, which the member should choose knowingly.
  const [buildAgenda, setBuildAgenda] = useState(false);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const general = create.error && Object.keys(fields).length === 0 ? errorMessage(create.error, t) : null;

  const close = () => {
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { meetingDate, location, buildAgenda },
      {
        onSuccess: (meeting) => {
          onClose();
          void navigate({ to: '/beredningsgrupp/moten/$id', params: { id: meeting.id }, state: { flash: t('review.meetingCreated') } });
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('review.newMeeting')} size="md">
      <form onSubmit={submit} noValidate aria-label={t('review.newMeeting')}>
        <Stack gap="md">
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <DateField
            label={t('review.meetingDate')}
            required
            value={meetingDate}
            onChange={(value) => setMeetingDate(value)}
            error={fields.meetingDate}
            data-autofocus
          />
          <TextInput label={t('review.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={fields.location} maxLength={300} />
          <Checkbox
            label={t('review.buildAgenda')}
            description={t('review.buildAgendaHint')}
            checked={buildAgenda}
            onChange={(e) => setBuildAgenda(e.currentTarget.checked)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('review.createMeeting')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
