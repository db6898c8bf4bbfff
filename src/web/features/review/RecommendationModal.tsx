import { Alert, Button, Checkbox, Fieldset, Grid, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COOPERATION_FORMS, type CooperationForm, isFormalForm } from '../../../shared/cooperations/forms';
import type { RecommendationOutcome } from '../../../shared/initiatives/review.rules';
import type { ReviewInitiativeView } from '../../../shared/initiatives/review.schemas';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useInitiative } from '../initiatives/api';
import { FormGuidancePanel } from '../initiatives/FormGuidancePanel';
import { initiativeFormFrom, toGuidanceInput } from '../initiatives/initiative-form.model';
import { InitiativeNumberLine } from '../initiatives/InitiativeNumberLine';
import { useReferenceData } from '../organisations/api';
import { useRecordRecommendation } from './api';
import { committeesFor, emptyRecommendation, outcomesFor, type RecommendationFormValues, toRecommendationInput } from './review.format';

type RecommendationModalProps = {
  initiative: ReviewInitiativeView | null;
  meetingId: string;
  onClose: () => void;
  onRecorded: (message: string) => void;
};

function asForm(value: string | null): CooperationForm | null {
  return (COOPERATION_FORMS as readonly string[]).includes(value ?? '') ? (value as CooperationForm) : null;
}

/**
 * Records the group's recommendation on one consulted initiative, with its justification and, for a
 * recommended form, its added value (INI-2, INI-4, FRM-2), beside the form guidance for the
 * initiative's facts so the group sees what each form allows while it decides.
 */
export function RecommendationModal({ initiative, meetingId, onClose, onRecorded }: RecommendationModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={initiative !== null} onClose={onClose} title={t('review.recordTitle')} size="min(1180px, 96vw)">
      {initiative ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <RecommendationForm key={initiative.id} initiative={initiative} meetingId={meetingId} onClose={onClose} onRecorded={onRecorded} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <InitiativeGuidanceColumn initiativeId={initiative.id} />
          </Grid.Col>
        </Grid>
      ) : null}
    </AppModal>
  );
}

/** The form guidance from the facts saved with the initiative (FRM-1–8, IOP-2, INI-4). */
function InitiativeGuidanceColumn({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const detail = useInitiative(initiativeId);
  if (detail.isPending) return <LoadingState label={t('review.guidanceForInitiative')} />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  return <FormGuidancePanel input={toGuidanceInput(initiativeFormFrom(detail.data))} />;
}

function RecommendationForm({ initiative, meetingId, onClose, onRecorded }: Omit<RecommendationModalProps, 'initiative'> & { initiative: ReviewInitiativeView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const asksGrant = initiative.asksAssociationGrant;
  const committees = committeesFor([...(useReferenceData().data?.committees ?? [])].sort((a, b) => a.sortOrder - b.sortOrder), asksGrant);
  const record = useRecordRecommendation();
  const [values, setValues] = useState<RecommendationFormValues>(() => emptyRecommendation(asForm(initiative.proposedForm)));
  const [outcomeMissing, setOutcomeMissing] = useState(false);
  const fields = isApiError(record.error) ? record.error.fieldErrors() : {};
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;
  const set = <K extends keyof RecommendationFormValues>(key: K, value: RecommendationFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const outcomes = outcomesFor(asksGrant);
  const formal = values.recommendedForm !== '' && isFormalForm(values.recommendedForm);

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
        <div>
          <Text fw={600}>{initiative.title}</Text>
          <InitiativeNumberLine initiative={initiative} />
        </div>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        {asksGrant ? (
          <Alert color="orange" variant="light">
            {t('review.grantReferralOnly')}
          </Alert>
        ) : null}
        <Radio.Group
          label={t('review.outcome')}
          required
          value={values.outcome}
          onChange={(v) => {
            setOutcomeMissing(false);
            set('outcome', outcomes.find((o) => o === v) ?? '');
          }}
          error={outcomeMissing ? t('review.chooseOutcome') : fields.outcome}
        >
          <Stack gap="xs" mt={6}>
            {outcomes.map((o: RecommendationOutcome) => (
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
        {values.outcome === 'form' ? (
          <Fieldset legend={t('review.addedValueLegend')} radius="md">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('review.addedValueIntro')}
              </Text>
              <Checkbox
                label={t('review.addedValueAffirmed')}
                checked={values.addedValueAffirmed}
                onChange={(e) => set('addedValueAffirmed', e.currentTarget.checked)}
                error={fields['addedValue.affirmed'] ?? fields.addedValue}
              />
              <Textarea
                label={t('review.addedValueJustification')}
                description={values.recommendedForm === 'iop' ? t('review.addedValueHintIop') : t('review.addedValueHint')}
                required={formal}
                autosize
                minRows={3}
                maxRows={10}
                value={values.addedValueJustification}
                onChange={(e) => set('addedValueJustification', e.currentTarget.value)}
                error={fields['addedValue.justification']}
                maxLength={5000}
              />
            </Stack>
          </Fieldset>
        ) : null}
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
