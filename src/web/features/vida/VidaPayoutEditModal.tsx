import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VidaPayoutView } from '../../../shared/followup/vida.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatAmount } from '../cooperations/cooperation.format';
import { useUpdateVidaPayout } from './api';
import { frameState, previewAmount } from './vida.format';

type Props = { payout: VidaPayoutView | null; onClose: () => void; onSaved: (text: string) => void };

/** Corrects a payout's participants, occasions, exception or note; the amount keeps the rate it was registered with (FRM-5). */
export function VidaPayoutEditModal({ payout, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={payout !== null} onClose={onClose} title={t('vida.editTitle', { name: payout?.organisationName ?? '' })} size="lg">
      {payout ? <EditForm key={`${payout.id}-${payout.version}`} payout={payout} onClose={onClose} onSaved={onSaved} /> : null}
    </AppModal>
  );
}

function EditForm({ payout, onClose, onSaved }: { payout: VidaPayoutView; onClose: () => void; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // The server decides whether this manager is the cooperation's responsible one.
  const isManager = useCan('vida.exception');
  const update = useUpdateVidaPayout();
  const [participants, setParticipants] = useState<number | null>(payout.participants);
  const [occasions, setOccasions] = useState<number | null>(payout.occasions);
  const [motivation, setMotivation] = useState(payout.exception?.motivation ?? '');
  const [note, setNote] = useState(payout.note ?? '');
  const frame = frameState(occasions);
  const amount = previewAmount(participants, payout.rateSek);
  const fieldErrors = isApiError(update.error) ? update.error.fieldErrors() : {};
  const generalError = update.error && Object.keys(fieldErrors).length === 0 ? errorMessage(update.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        id: payout.id,
        version: payout.version,
        participants: participants ?? 0,
        occasions: occasions ?? 0,
        // Within the frame an exception means nothing and is cleared; outside it, only a manager writes one.
        ...(frame === 'within' ? { exceptionMotivation: null } : isManager ? { exceptionMotivation: motivation } : {}),
        note,
      },
      { onSuccess: () => onSaved(t('vida.saved')) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            id="edit-participants"
            label={t('vida.participants')}
            required
            allowDecimal={false}
            allowNegative={false}
            min={1}
            value={participants ?? ''}
            onChange={(v) => setParticipants(typeof v === 'number' ? v : null)}
            error={fieldErrors.participants}
          />
          <NumberInput
            id="edit-occasions"
            label={t('vida.occasions')}
            description={t('vida.occasionsHint')}
            required
            allowDecimal={false}
            allowNegative={false}
            min={1}
            value={occasions ?? ''}
            onChange={(v) => setOccasions(typeof v === 'number' ? v : null)}
            error={fieldErrors.occasions}
          />
        </SimpleGrid>
        {frame === 'outside' ? (
          <Alert color="yellow" variant="light" role="status">
            <WithRequirements ids={['FRM-5']}>{isManager ? t('vida.frameOutside') : t('vida.frameOutsideNotManager')}</WithRequirements>
          </Alert>
        ) : null}
        {frame === 'outside' && isManager ? (
          <Textarea
            id="edit-exceptionMotivation"
            label={t('vida.exceptionMotivation')}
            description={t('vida.exceptionHint')}
            required
            autosize
            minRows={2}
            value={motivation}
            onChange={(e) => setMotivation(e.currentTarget.value)}
            error={fieldErrors.exceptionMotivation}
          />
        ) : null}
        <Textarea id="edit-note" label={t('vida.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('vida.rateKept', { amount: formatAmount(payout.rateSek, lang) })}
        </Text>
        <Group justify="space-between">
          <Text fw={600} aria-live="polite">
            {amount !== null ? t('vida.preview', { amount: formatAmount(amount, lang) }) : null}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose} disabled={update.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
