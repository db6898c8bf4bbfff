import { Alert, Button, type ComboboxItem, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assessDemocracy,
  DEMOCRACY_CONDITIONS,
  type DemocracyCondition,
  EXCLUSION_GROUNDS,
  type ExclusionGround,
} from '../../../shared/organisations/democracy.rules';
import type { DemocracyOverviewView } from '../../../shared/organisations/democracy.schemas';
import { isApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { AlertIcon, CheckCircleIcon, InfoIcon } from '../../components/ui/icons';
import { useSignAssessment } from './api';
import { AnswerFieldset } from './AnswerFieldset';
import {
  type AnswerField,
  type AnswerValues,
  type AssessmentFormValues,
  assessmentFormPath,
  emptyAssessmentForm,
  isFullyAnswered,
  missingAnswers,
  toAssessmentInput,
} from './democracy-form.model';
import { FormErrorSummary } from './FormErrorSummary';

type AssessmentFormProps = {
  organisationId: string;
  overview: DemocracyOverviewView;
  documentOptions: ComboboxItem[];
  onSigned: (message: string) => void;
  onCancel: () => void;
};

/** The manager's assessment (DEM-3): the four conditions (DEM-1), the five exclusion grounds (DEM-2), the result, then signing. */
export function AssessmentForm({ organisationId, overview, documentOptions, onSigned, onCancel }: AssessmentFormProps) {
  const { t } = useTranslation();
  const sign = useSignAssessment(organisationId);
  const [values, setValues] = useState<AssessmentFormValues>(emptyAssessmentForm);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);

  const serverErrors: Record<string, string> = {};
  if (isApiError(sign.error)) {
    for (const [path, message] of Object.entries(sign.error.fieldErrors())) serverErrors[assessmentFormPath(path, values)] = message;
  }
  const errors = { ...serverErrors, ...clientErrors };
  const answered = isFullyAnswered(values);
  const input = toAssessmentInput(values);
  const result = answered ? assessDemocracy(input.conditions, input.exclusions) : null;
  const blockedByDem4 = result === 'eligible' && !overview.mayBecomeEligible;

  const labelOf = (path: string) => {
    const [group, key, field] = path.split('.');
    if (!key) return group === 'conditions' ? t('democracy.conditionsTitle') : group === 'exclusions' ? t('democracy.exclusionsTitle') : t('democracy.summary');
    const title =
      group === 'conditions'
        ? t(`democracy.condition_${key as DemocracyCondition}_title`)
        : t(`democracy.ground_${key as ExclusionGround}_title`);
    return field ? `${title}, ${t(`democracy.field_${field as AnswerField}`)}` : title;
  };

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = missingAnswers(values);
    setClientErrors(
      Object.fromEntries(missing.map((p) => [p, p.endsWith('.answer') ? t('democracy.chooseAnswer') : t('democracy.justificationRequired')])),
    );
    sign.reset();
    if (missing.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setConfirming(true);
  };

  const confirm = () =>
    sign.mutate(input, {
      onSuccess: (saved) => {
        setConfirming(false);
        onSigned(t('democracy.signed', { result: t(`democracy.result_${saved.result}`) }));
      },
      onError: (error) => {
        // Field errors are shown on the form; other refusals (e.g. DEM-4) in the dialog.
        if (isApiError(error, 400)) {
          setConfirming(false);
          setAttempt((n) => n + 1);
        }
      },
    });

  const summaryErrors = Object.entries(errors).map(([path, message]) => ({ path, label: labelOf(path), message }));
  const setAnswer = (group: 'conditions' | 'exclusions', key: string) => (value: AnswerValues) => {
    setValues((v) => ({ ...v, [group]: { ...v[group], [key]: value } }));
    setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => !p.startsWith(`${group}.${key}.`))));
  };

  return (
    <form onSubmit={review} noValidate aria-labelledby="assessment-form-title">
      <Stack gap="lg">
        <div>
          <Title order={3} fz="h4" id="assessment-form-title">
            {t('democracy.formTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('democracy.formIntro')}
          </Text>
        </div>
        {attempt > 0 && summaryErrors.length > 0 ? (
          <FormErrorSummary title={t('democracy.formInvalid')} errors={summaryErrors} attempt={attempt} />
        ) : null}

        <Title order={4} fz="h5">
          {t('democracy.conditionsTitle')}
        </Title>
        {DEMOCRACY_CONDITIONS.map((c, i) => (
          <AnswerFieldset
            key={c}
            path={`conditions.${c}`}
            legend={`${i + 1}. ${t(`democracy.condition_${c}_title`)}`}
            text={t(`democracy.condition_${c}_text`)}
            question={t('democracy.conditionQuestion')}
            yesLabel={t('democracy.conditionYes')}
            noLabel={t('democracy.conditionNo')}
            value={values.conditions[c]}
            onChange={setAnswer('conditions', c)}
            errors={errors}
            documentOptions={documentOptions}
          />
        ))}

        <Title order={4} fz="h5">
          {t('democracy.exclusionsTitle')}
        </Title>
        {EXCLUSION_GROUNDS.map((g, i) => (
          <AnswerFieldset
            key={g}
            path={`exclusions.${g}`}
            legend={`${i + 1}. ${t(`democracy.ground_${g}_title`)}`}
            text={t(`democracy.ground_${g}_text`)}
            question={t('democracy.groundQuestion')}
            yesLabel={t('democracy.groundYes')}
            noLabel={t('democracy.groundNo')}
            value={values.exclusions[g]}
            onChange={setAnswer('exclusions', g)}
            errors={errors}
            documentOptions={documentOptions}
          />
        ))}

        <Textarea
          label={t('democracy.summary')}
          description={t('democracy.summaryHint')}
          autosize
          minRows={2}
          value={values.summary}
          onChange={(e) => {
            const summary = e.currentTarget.value;
            setValues((v) => ({ ...v, summary }));
          }}
          error={errors.summary}
        />

        <ResultPreview result={result} blockedByDem4={blockedByDem4} />

        <Group gap="sm">
          <Button type="submit">{t('democracy.reviewAndSign')}</Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>

      <ConfirmDialog
        opened={confirming}
        title={t('democracy.confirmTitle')}
        confirmLabel={t('democracy.sign')}
        pending={sign.isPending}
        error={isApiError(sign.error, 400) ? null : sign.error}
        onClose={() => setConfirming(false)}
        onConfirm={confirm}
      >
        {t('democracy.confirmText', { result: result ? t(`democracy.result_${result}`) : '' })}
      </ConfirmDialog>
    </form>
  );
}

/** The result the answers lead to, shown before signing (DEM-1, DEM-2), and a DEM-4 warning when it cannot be signed yet. */
function ResultPreview({ result, blockedByDem4 }: { result: 'eligible' | 'not_eligible' | null; blockedByDem4: boolean }) {
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
          {t('democracy.dem4BlockedText')}
        </Alert>
      ) : null}
    </Stack>
  );
}

