import { Alert, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/ui/error-message.format';
import { useAddAgendaItem, useReviewQueue } from './api';

/** Puts an initiative from the queue, not yet on any planned agenda, on this meeting's agenda. */
export function AddAgendaItemForm({ meetingId, onAdded }: { meetingId: string; onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const queue = useReviewQueue({ limit: 200 });
  const add = useAddAgendaItem(meetingId);
  const [initiativeId, setInitiativeId] = useState('');
  const candidates = (queue.data?.items ?? []).filter((i) => i.plannedMeetingId === null);
  if (candidates.length === 0) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = candidates.find((c) => c.id === initiativeId);
    if (!chosen) return;
    add.mutate(chosen.id, {
      onSuccess: () => {
        setInitiativeId('');
        onAdded(t('review.itemAdded', { title: chosen.title }));
      },
    });
  };

  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} aria-label={t('review.addItem')}>
      {add.error ? (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {errorMessage(add.error, t)}
        </Alert>
      ) : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('review.addItemLabel')}
          value={initiativeId}
          onChange={(e) => setInitiativeId(e.currentTarget.value)}
          data={[
            { value: '', label: t('review.chooseInitiative') },
            ...candidates.map((c) => ({ value: c.id, label: `${c.number} ${c.title} (${t(`review.kind_${c.agendaKind}`)})` })),
          ]}
          style={{ flex: '1 1 320px' }}
        />
        <Button type="submit" variant="default" disabled={initiativeId === ''} loading={add.isPending}>
          {t('review.addItem')}
        </Button>
      </Group>
    </Paper>
  );
}
