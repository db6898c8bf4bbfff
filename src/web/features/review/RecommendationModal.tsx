import { Alert, Button, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COOPERATION_FORMS, type CooperationForm } from '../../../shared/cooperations/forms';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '../../../shared/initiatives/review.rules';
import type { ReviewInitiativeView } from '../../../shared/initiatives/review.schemas';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useReferenceData } from '../organisations/api';
import { useRecordRecommendation } from './api';
import { emptyRecommendation, type RecommendationFormValues, toRecommendationInput } from './review.format';

type RecommendationModalProps = {
  initiative: ReviewInitiativeView | null;
  meetingId: string;
  onClose: () => void;
  onRecorded: (message: string) => void;
};

function asForm(value: string | null): CooperationForm | null {
  return (COOPERATION_FORMS as readonly string[]).includes(value ?? '') ? (value as CooperationForm) : null;
}

/** Records the group's recommendation on one consulted initiative, with its justification (INI-2, INI-4). */
export function RecommendationModal({ initiative, meetingId, onClose, onRecorded }: RecommendationModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={initiative !== null} onClose={onClose} title={t('review.recordTitle')} size="lg">
      {initiative ? <RecommendationForm key={initiative.id} initiative={initiative} meetingId={meetingId} onClose={onClose} onRecorded={onRecorded} /> : null}
    </AppModal>
  );
}

function RecommendationForm({ initiative, meetingId, onClose, onRecorded }: Omit<RecommendationModalProps, 'initiative'> & { initiative: ReviewInitiativeView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const committees = [...(useReferenceData().data?.committees ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const record = useRecordRecommendation();
  const [values, setValues] = useState<RecommendationFormValues>(() => emptyRecommendation(asForm(initiative.proposedForm)));
  const [outcomeMissing, setOutcomeMissing] = useState(false);
  const fields = isApiError(record.error) ? record.error.fieldErrors() : {};
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;
  const set = <K extends keyof RecommendationFormValues>(key: K, value: RecommendationFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toRecommendationInput(values, meetingId);
    if (!input) return setOutcomeMissing(true);
    record.mutate(
      { initiativeId: initiative.id, ...input },
      { onSuccess: () => onRecorded(t('review.recorded', { title: initiative.title })) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('review.recordTitle')}>
      <Stack gap="md">
        <Text fw={600}>{initiative.title}</Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Radio.Group
          label={t('review.outcome')}
          required
          value={values.outcome}
          onChange={(v) => {
            setOutcomeMissing(false);
            set('outcome', RECOMMENDATION_OUTCOMES.find((o) => o === v) ?? '');
          }}
          error={outcomeMissing ? t('review.chooseOutcome') : fields.outcome}
        >
          <Stack gap="xs" mt={6}>
            {RECOMMENDATION_OUTCOMES.map((o: RecommendationOutcome) => (
              <Radio key={o} value={o} label={t(`review.outcomeChoice_${o}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {values.outcome === 'form' ? (
          <NativeSelect
            label={t('review.recommendedFormLabel')}
            required
            value={values.recommendedForm}
            onChange={(e) => set('recommendedForm', asForm(e.currentTarget.value) ?? '')}
            data={[{ value: '', label: t('review.chooseForm') }, ...COOPERATION_FORMS.map((f) => ({ value: f, label: t(`initiatives.form_${f}`) }))]}
            error={fields.recommendedForm}
          />
        ) : null}
        {values.outcome === 'referred' ? (
          <NativeSelect
            label={t('review.committee')}
            required
            value={values.referredTo}
            onChange={(e) => set('referredTo', e.currentTarget.value)}
            data={[{ value: '', label: t('review.chooseCommittee') }, ...committees.map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameSv }))]}
            error={fields.referredTo}
          />
        ) : null}
        <Textarea
          label={t('review.justification')}
          description={t('review.justificationHint')}
          required
          autosize
          minRows={4}
          maxRows={12}
          value={values.justification}
          onChange={(e) => set('justification', e.currentTarget.value)}
          error={fields.justification}
          maxLength={5000}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('review.recordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
