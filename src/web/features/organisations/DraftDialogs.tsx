import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemocracyResult } from '../../../shared/organisations/democracy.rules';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon, CheckCircleIcon, InfoIcon } from '../../components/ui/icons';
import { useManagerOptions } from '../cooperations/useManagerOptions';

type HandOverDialogProps = {
  opened: boolean;
  pending: boolean;
  error: unknown;
  initialSignerId: string | null;
  onClose: () => void;
  onConfirm: (signerId: string) => void;
};

/** The hand-over: which responsible manager is to review and sign the assessment (DEM-3). */
export function HandOverDialog({ opened, pending, error, initialSignerId, onClose, onConfirm }: HandOverDialogProps) {
  const { t } = useTranslation();
  const managers = useManagerOptions();
  const [signerId, setSignerId] = useState<string | null>(initialSignerId);
  const [missing, setMissing] = useState(false);
  const serverField = isApiError(error, 400) ? error.fieldErrors().signerId : undefined;
  const general = error && !serverField && !isApiError(error, 400) ? errorMessage(error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The dialog sits in a portal but inside the assessment form in React's tree: its submit must not reach that form.
    event.stopPropagation();
    if (!signerId) {
      setMissing(true);
      return;
    }
    onConfirm(signerId);
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('democracy.handOverTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('democracy.handOverText')}</Text>
          <Select
            label={t('democracy.signerLabel')}
            required
            searchable
            data={managers}
            value={signerId}
            onChange={(value) => {
              setSignerId(value);
              setMissing(false);
            }}
            error={missing ? t('democracy.signerRequired') : serverField}
            comboboxProps={{ withinPortal: true }}
          />
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('democracy.handOver')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

type ReturnDialogProps = { opened: boolean; pending: boolean; error: unknown; preparer: string; onClose: () => void; onConfirm: (comment: string) => void };

/** The manager sends the assessment back, saying what needs to be done. */
export function ReturnDialog({ opened, pending, error, preparer, onClose, onConfirm }: ReturnDialogProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const serverField = isApiError(error, 400) ? error.fieldErrors().comment : undefined;
  const general = error && !serverField ? errorMessage(error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The dialog sits in a portal but inside the assessment form in React's tree: its submit must not reach that form.
    event.stopPropagation();
    if (comment.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(comment.trim());
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t('democracy.returnTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('democracy.returnText', { name: preparer })}</Text>
          <Textarea
            label={t('democracy.returnComment')}
            required
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('democracy.returnCommentRequired') : serverField}
          />
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('democracy.returnDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The result the answers lead to, shown before hand-over and signing (DEM-1, DEM-2), and a DEM-4 warning when it cannot be signed yet. */
export function ResultPreview({ result, blockedByDem4 }: { result: DemocracyResult | null; blockedByDem4: boolean }) {
  const { t } = useTranslation();
  if (result === null) {
    return (
      <Alert variant="light" color="gray" icon={<InfoIcon />} title={t('democracy.resultTitle')} role="status">
        {t('democracy.resultPending')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm" role="status">
      <Alert
        variant="light"
        color={result === 'eligible' ? 'green' : 'red'}
        icon={result === 'eligible' ? <CheckCircleIcon /> : <AlertIcon />}
        title={t('democracy.resultIs', { result: t(`democracy.result_${result}`) })}
      >
        {result === 'eligible' ? t('democracy.resultEligibleText') : t('democracy.resultNotEligibleText')}
      </Alert>
      {blockedByDem4 ? (
        <Alert variant="light" color="orange" icon={<AlertIcon />} title={t('democracy.dem4BlockedTitle')}>
          <WithRequirements ids={['DEM-4']}>{t('democracy.dem4BlockedText')}</WithRequirements>
        </Alert>
      ) : null}
    </Stack>
  );
}
