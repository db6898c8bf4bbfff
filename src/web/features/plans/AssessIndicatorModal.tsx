import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALITATIVE_ASSESSMENTS, type QualitativeAssessment } from '../../../shared/followup/plan.rules';
import type { IndicatorView, PlanView } from '../../../shared/followup/plan.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useAssessIndicator } from './api';

type Props = { plan: PlanView; indicator: IndicatorView; onClose: () => void; onDone: () => void };

/** Assesses a qualitative indicator of an adopted plan as met, partly met or not met, with a required motivation. */
export function AssessIndicatorModal({ plan, indicator, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const assess = useAssessIndicator(plan.id);
  const [assessment, setAssessment] = useState<QualitativeAssessment>(indicator.assessment ?? 'met');
  const [motivation, setMotivation] = useState(indicator.assessmentMotivation ?? '');
  const [missing, setMissing] = useState(false);
  const fields = isApiError(assess.error) ? assess.error.fieldErrors() : {};
  const general = assess.error && !fields.motivation ? errorMessage(assess.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (motivation.trim() === '') {
      setMissing(true);
      return;
    }
    assess.mutate({ indicatorId: indicator.id, version: plan.version, assessment, motivation: motivation.trim() }, { onSuccess: onDone });
  };
  return (
    <AppModal opened onClose={onClose} title={t('plans.assessTitle', { name: indicator.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('plans.assessIntro')}</Text>
          <Text size="sm">
            {t('plans.expectedResult')}: {indicator.expectedResult}
          </Text>
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <Radio.Group label={t('plans.assessment')} value={assessment} onChange={(v) => setAssessment(QUALITATIVE_ASSESSMENTS.find((a) => a === v) ?? 'met')} required>
            <Group mt="xs">
              {QUALITATIVE_ASSESSMENTS.map((a) => (
                <Radio key={a} value={a} label={t(`plans.assessment_${a}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('plans.motivation')}
            required
            value={motivation}
            onChange={(e) => {
              setMotivation(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('plans.motivationRequired') : fields.motivation}
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={assess.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={assess.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
