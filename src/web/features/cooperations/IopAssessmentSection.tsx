import { Fieldset, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import {
  IOP_GUIDING_CRITERIA,
  IOP_GUIDING_CRITERION_LABELS,
  IOP_LEGAL_TEST_LABELS,
  IOP_LEGAL_TESTS,
  type IopAssessment,
  type IopGuidingCriterion,
} from '../../../shared/cooperations/gate.types';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { AffirmationField, affirmationValues, type AffirmationValues, toAffirmation } from './AffirmationField';
import { FactSection, useFactsSave } from './FactSection';

type CriterionValues = { answer: '' | 'yes' | 'no' | 'partly'; justification: string };

/** IOP-2: the three legal tests affirmed and the seven guiding criteria answered, each with a justification. */
export function IopAssessmentSection({ cooperation, onMessage }: { cooperation: CooperationView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const saver = useFactsSave(cooperation, onMessage);
  const recorded = cooperation.facts.iopAssessment;
  const [tests, setTests] = useState(() =>
    Object.fromEntries(IOP_LEGAL_TESTS.map((k) => [k, affirmationValues(recorded?.tests[k])])) as Record<string, AffirmationValues>,
  );
  const [criteria, setCriteria] = useState(
    () =>
      Object.fromEntries(
        IOP_GUIDING_CRITERIA.map((k) => [k, { answer: recorded?.criteria[k]?.answer ?? '', justification: recorded?.criteria[k]?.justification ?? '' }]),
      ) as Record<IopGuidingCriterion, CriterionValues>,
  );

  const toInput = (): IopAssessment => {
    const assessment: IopAssessment = { tests: {}, criteria: {} };
    for (const k of IOP_LEGAL_TESTS) {
      const value = toAffirmation(tests[k] ?? { affirmed: false, justification: '' });
      if (value) assessment.tests[k] = value;
    }
    for (const k of IOP_GUIDING_CRITERIA) {
      const c = criteria[k];
      if (c.answer !== '') assessment.criteria[k] = { answer: c.answer, justification: c.justification };
    }
    return assessment;
  };

  return (
    <FactSection
      title={t('cooperations.iopAssessmentTitle')}
      description={t('cooperations.iopAssessmentIntro')}
      saver={saver}
      onSubmit={() => saver.save({ iopAssessment: toInput() }, t('cooperations.sectionSaved', { title: t('cooperations.iopAssessmentTitle') }))}
    >
      <Fieldset legend={t('cooperations.legalTests')} radius="md">
        <Stack gap="lg">
          {IOP_LEGAL_TESTS.map((k) => (
            <AffirmationField
              key={k}
              id={`iopAssessment.tests.${k}`}
              label={IOP_LEGAL_TEST_LABELS[k][lang]}
              value={tests[k] ?? { affirmed: false, justification: '' }}
              onChange={(v) => setTests((all) => ({ ...all, [k]: v }))}
              error={saver.fieldError(`iopAssessment.tests.${k}.justification`)}
            />
          ))}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('cooperations.guidingCriteria')} radius="md">
        <Stack gap="lg">
          {IOP_GUIDING_CRITERIA.map((k, i) => (
            <Stack key={k} gap="xs">
              <Radio.Group
                id={`iopAssessment.criteria.${k}`}
                label={`${i + 1}. ${IOP_GUIDING_CRITERION_LABELS[k][lang]}`}
                value={criteria[k].answer}
                onChange={(answer) => setCriteria((all) => ({ ...all, [k]: { ...all[k], answer: answer as CriterionValues['answer'] } }))}
              >
                <Stack gap={4} mt={6}>
                  {(['yes', 'partly', 'no'] as const).map((a) => (
                    <Radio key={a} value={a} label={t(`cooperations.answer_${a}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                id={`iopAssessment.criteria.${k}.justification`}
                label={t('cooperations.justification')}
                aria-label={`${t('cooperations.justification')} – ${IOP_GUIDING_CRITERION_LABELS[k][lang]}`}
                autosize
                minRows={2}
                value={criteria[k].justification}
                onChange={(e) => {
                  const justification = e.currentTarget.value;
                  setCriteria((all) => ({ ...all, [k]: { ...all[k], justification } }));
                }}
                error={saver.fieldError(`iopAssessment.criteria.${k}.justification`)}
              />
            </Stack>
          ))}
        </Stack>
      </Fieldset>
      <Text size="sm" c="dimmed">
        {t('cooperations.iopAssessmentNote')}
      </Text>
    </FactSection>
  );
}
