import { NumberInput, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { VIDA_OCCASIONS } from '../../../shared/cooperations/gate.types';
import { FactSection, useFactsSave } from './FactSection';

type SectionProps = { cooperation: CooperationView; onMessage: (message: string) => void };

/** FRM-5: the planned occasions per participant of a VIDA activity (8–15). */
export function VidaOccasionsSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const [occasions, setOccasions] = useState<number | null>(cooperation.facts.vidaOccasions);

  return (
    <FactSection
      title={t('cooperations.vidaTitle')}
      description={t('cooperations.vidaOccasionsHint', VIDA_OCCASIONS)}
      saver={saver}
      onSubmit={() => saver.save({ vidaOccasions: occasions }, t('cooperations.sectionSaved', { title: t('cooperations.vidaTitle') }))}
    >
      <NumberInput
        id="vidaOccasions"
        label={t('cooperations.vidaOccasions')}
        allowDecimal={false}
        allowNegative={false}
        value={occasions ?? ''}
        onChange={(v) => setOccasions(typeof v === 'number' ? v : null)}
        error={saver.fieldError('vidaOccasions')}
        maw={320}
      />
    </FactSection>
  );
}

/** FRM-4: whether the organisation would act as contractor of the administration's own activity. */
export function ContractorSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const recorded = cooperation.facts.organisationActsAsContractor;
  const [answer, setAnswer] = useState(recorded === null ? '' : recorded ? 'yes' : 'no');

  return (
    <FactSection
      title={t('cooperations.contractorTitle')}
      description={t('cooperations.contractorIntro')}
      saver={saver}
      onSubmit={() =>
        saver.save(
          { organisationActsAsContractor: answer === '' ? null : answer === 'yes' },
          t('cooperations.sectionSaved', { title: t('cooperations.contractorTitle') }),
        )
      }
    >
      <Radio.Group id="organisationActsAsContractor" label={t('cooperations.contractorQuestion')} value={answer} onChange={setAnswer}>
        <Stack gap="xs" mt={6}>
          <Radio value="no" label={t('cooperations.contractorNo')} />
          <Radio value="yes" label={t('cooperations.contractorYes')} />
        </Stack>
      </Radio.Group>
    </FactSection>
  );
}
