import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AffirmationField, affirmationValues, toAffirmation } from './AffirmationField';
import { FactSection, useFactsSave } from './FactSection';

type SectionProps = { cooperation: CooperationView; onMessage: (message: string) => void };

/** EMP-2: a job partnership's justification that the city already knows the employer well. */
export function KnownEmployerSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const [known, setKnown] = useState(() => affirmationValues(cooperation.facts.knownEmployer));

  return (
    <FactSection
      title={t('cooperations.knownEmployerTitle')}
      description={<WithRequirements ids={['EMP-2']}>{t('cooperations.knownEmployerIntro')}</WithRequirements>}
      saver={saver}
      onSubmit={() => saver.save({ knownEmployer: toAffirmation(known) }, t('cooperations.sectionSaved', { title: t('cooperations.knownEmployerTitle') }))}
    >
      <AffirmationField id="knownEmployer" label={t('cooperations.knownEmployerQuestion')} value={known} onChange={setKnown} error={saver.fieldError('knownEmployer.justification')} />
    </FactSection>
  );
}
