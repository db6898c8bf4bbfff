import { Alert, Button, Group, Paper, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetailView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { EditIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { useUpdateMeeting } from './api';

type MeetingTextSectionProps = {
  meeting: MeetingDetailView;
  field: 'agenda' | 'minutes';
  editable: boolean;
  onMessage: (message: string) => void;
};

const LABELS = {
  agenda: { title: 'governance.agenda', empty: 'governance.noAgenda', edit: 'governance.editAgenda', save: 'governance.saveAgenda', saved: 'governance.agendaSaved' },
  minutes: { title: 'governance.minutes', empty: 'governance.minutesEmpty', edit: 'governance.editMinutes', save: 'governance.saveMinutes', saved: 'governance.minutesSaved' },
} as const;

/** The meeting's agenda or minutes as text, editable by writers. */
export function MeetingTextSection({ meeting, field, editable, onMessage }: MeetingTextSectionProps) {
  const { t } = useTranslation();
  const labels = LABELS[field];
  const update = useUpdateMeeting(meeting.id);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(meeting[field] ?? '');
  const headingId = `${field}-heading`;
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const general = update.error && !fields[field] ? errorMessage(update.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { version: meeting.version, [field]: text },
      {
        onSuccess: () => {
          setEditing(false);
          onMessage(t(labels.saved));
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <div id={headingId}>
        <PanelHeading
          title={t(labels.title)}
          actions={
            editable && !editing ? (
              <Button
                variant="default"
                leftSection={<EditIcon size={18} />}
                onClick={() => {
                  setText(meeting[field] ?? '');
                  setEditing(true);
                }}
              >
                {t(labels.edit)}
              </Button>
            ) : undefined
          }
        />
      </div>
      {editing ? (
        <form onSubmit={submit} noValidate aria-label={t(labels.edit)}>
          {general ? (
            <Alert color="red" variant="light" role="alert" mb="sm">
              {general}
            </Alert>
          ) : null}
          <Textarea label={t(labels.title)} autosize minRows={6} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields[field]} data-autofocus />
          <Group mt="sm" gap="sm">
            <Button type="submit" loading={update.isPending}>
              {t(labels.save)}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                update.reset();
                setEditing(false);
              }}
              disabled={update.isPending}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </form>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={meeting[field] ? undefined : 'dimmed'}>
          {meeting[field] ?? t(labels.empty)}
        </Text>
      )}
    </Paper>
  );
}
