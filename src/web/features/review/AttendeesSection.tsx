import { Alert, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { errorMessage } from '../../components/ui/error-message.format';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { RoleBadges } from '../../components/ui/RoleBadges';
import { PanelHeading } from '../organisations/PanelHeading';
import { useSetAttendees, useStaffDirectory } from './api';

type AttendeesSectionProps = { meeting: ReviewMeetingDetailView; editable: boolean; onSaved: (message: string) => void };

/** Who attends the meeting; a follow-up counts for INI-7 only when an economist takes part. */
export function AttendeesSection({ meeting, editable, onSaved }: AttendeesSectionProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="attendees-heading">
      <PanelHeading
        headingId="attendees-heading"
        title={t('review.attendeesTitle')}
        description={<WithRequirements ids={['INI-7']}>{t('review.attendeesIntro')}</WithRequirements>}
      />
      {meeting.attendees.length === 0 ? (
        <EmptyMessage>{t('review.attendeesEmpty')}</EmptyMessage>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('review.attendeesTitle')}>
          {meeting.attendees.map((a) => (
            <Group key={a.id} component="li" gap="sm">
              <Text fw={600}>{a.name}</Text>
              <RoleBadges roles={a.roles.filter((r) => r === 'review_group' || r === 'economist')} />
            </Group>
          ))}
        </Stack>
      )}
      <Alert mt="md" variant="light" color={meeting.economistPresent ? 'green' : 'yellow'} role="status">
        {/* The section's introduction above carries the rule (INI-7); a live status announces the words alone. */}
        {meeting.economistPresent ? t('review.economistPresent') : t('review.economistMissing')}
      </Alert>
      {editable ? <AttendeesForm meeting={meeting} onSaved={onSaved} /> : null}
    </Paper>
  );
}

function AttendeesForm({ meeting, onSaved }: { meeting: ReviewMeetingDetailView; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const members = useStaffDirectory('review_group');
  const economists = useStaffDirectory('economist');
  const save = useSetAttendees(meeting.id);
  const [chosen, setChosen] = useState<string[]>(() => meeting.attendees.map((a) => a.id));
  const people = new Map<string, string>();
  for (const p of [...(members.data?.items ?? []), ...(economists.data?.items ?? [])]) people.set(p.id, p.name);
  for (const a of meeting.attendees) people.set(a.id, a.name);
  const economistIds = new Set((economists.data?.items ?? []).map((e) => e.id));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ userIds: chosen, version: meeting.version }, { onSuccess: () => onSaved(t('review.attendeesSaved')) });
  };

  return (
    <form onSubmit={submit} aria-label={t('review.attendeesChoose')}>
      {save.error ? (
        <Alert color="red" variant="light" role="alert" mt="md">
          {errorMessage(save.error, t)}
        </Alert>
      ) : null}
      <Checkbox.Group label={t('review.attendeesChoose')} value={chosen} onChange={setChosen} mt="md">
        <Stack gap={6} mt="xs">
          {[...people].map(([id, name]) => (
            <Checkbox key={id} value={id} label={economistIds.has(id) ? t('review.attendeeEconomist', { name }) : name} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Button type="submit" variant="default" mt="sm" loading={save.isPending}>
        {t('review.attendeesSave')}
      </Button>
    </form>
  );
}
