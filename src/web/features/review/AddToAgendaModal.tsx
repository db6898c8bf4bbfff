import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useAddToAgenda, usePlannedMeetings } from './api';

type AddToAgendaModalProps = {
  initiative: Pick<InitiativeDetailView, 'id' | 'number' | 'title'>;
  opened: boolean;
  onClose: () => void;
  onAdded: (message: string) => void;
};

/** Puts the initiative on the agenda of a planned review-group meeting the member chooses (INI-2, INI-3). */
export function AddToAgendaModal({ initiative, opened, onClose, onAdded }: AddToAgendaModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('initiatives.addToAgendaTitle')} size="md">
      {opened ? <AddToAgendaForm initiative={initiative} onClose={onClose} onAdded={onAdded} /> : null}
    </AppModal>
  );
}

function AddToAgendaForm({ initiative, onClose, onAdded }: Omit<AddToAgendaModalProps, 'opened'>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const meetings = usePlannedMeetings();
  const add = useAddToAgenda();
  const [meetingId, setMeetingId] = useState('');
  const [missing, setMissing] = useState(false);
  // The nearest meeting first: that is the one an initiative usually goes to.
  const planned = [...(meetings.data?.items ?? [])].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  const label = (m: { meetingDate: string; location: string | null }) =>
    m.location ? t('initiatives.meetingOption', { date: formatCalendarDate(m.meetingDate, locale), location: m.location }) : formatCalendarDate(m.meetingDate, locale);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = planned.find((m) => m.id === meetingId);
    if (!chosen) return setMissing(true);
    add.mutate(
      { meetingId: chosen.id, initiativeId: initiative.id },
      {
        onSuccess: () => {
          onClose();
          onAdded(t('initiatives.addedToAgenda', { title: initiative.title, date: formatCalendarDate(chosen.meetingDate, locale) }));
        },
      },
    );
  };

  if (meetings.isPending) return <LoadingState />;
  if (planned.length === 0) {
    return (
      <Stack gap="md">
        <Text size="sm">{t('initiatives.noPlannedMeeting')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <AnchorLink to="/beredningsgrupp" size="sm">
            {t('review.backToReview')}
          </AnchorLink>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('initiatives.addToAgendaTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('initiatives.addToAgendaIntro', { number: initiative.number, title: initiative.title })}</Text>
        {add.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(add.error, t)}
          </Alert>
        ) : null}
        <NativeSelect
          label={t('initiatives.meetingChoice')}
          required
          value={meetingId}
          onChange={(e) => {
            setMissing(false);
            setMeetingId(e.currentTarget.value);
          }}
          data={[{ value: '', label: t('initiatives.chooseMeeting') }, ...planned.map((m) => ({ value: m.id, label: label(m) }))]}
          error={missing ? t('initiatives.chooseMeeting') : undefined}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('initiatives.addToAgendaSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
