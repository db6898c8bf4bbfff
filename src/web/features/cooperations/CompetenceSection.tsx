import { Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AffirmationField, affirmationValues, toAffirmation } from './AffirmationField';
import { FactSection, useFactsSave } from './FactSection';

type SectionProps = { cooperation: CooperationView; onMessage: (message: string) => void };

/**
 * FRM-2: within municipal competence, within the committee's mission, and adding value that
 * complements the administration's basic mission (for an IOP: activity that otherwise might not
 * be offered), each affirmed with a justification.
 */
export function CompetenceSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const recorded = cooperation.facts.competence;
  const [competence, setCompetence] = useState(() => affirmationValues(recorded.withinCompetence));
  const [mission, setMission] = useState(() => affirmationValues(recorded.withinMission));
  const [addsValue, setAddsValue] = useState(() => affirmationValues(recorded.addsValue));

  return (
    <FactSection
      title={t('cooperations.competenceTitle')}
      description={t('cooperations.competenceIntro')}
      saver={saver}
      onSubmit={() =>
        saver.save(
          { competence: { withinCompetence: toAffirmation(competence), withinMission: toAffirmation(mission), addsValue: toAffirmation(addsValue) } },
          t('cooperations.sectionSaved', { title: t('cooperations.competenceTitle') }),
        )
      }
    >
      <AffirmationField
        id="competence.withinCompetence"
        label={t('cooperations.withinCompetence')}
        value={competence}
        onChange={setCompetence}
        error={saver.fieldError('competence.withinCompetence.justification')}
      />
      <AffirmationField
        id="competence.withinMission"
        label={t('cooperations.withinMission')}
        value={mission}
        onChange={setMission}
        error={saver.fieldError('competence.withinMission.justification')}
      />
      <AffirmationField
        id="competence.addsValue"
        label={t(cooperation.form === 'iop' ? 'cooperations.addsValueIop' : 'cooperations.addsValue')}
        value={addsValue}
        onChange={setAddsValue}
        error={saver.fieldError('competence.addsValue.justification')}
      />
    </FactSection>
  );
}

/** FRM-3 / INI-5: whether informal cooperation singles out one organisation to the disadvantage of others. */
export function SingleOutSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const recorded = cooperation.facts.singlesOutOrganisation;
  const [answer, setAnswer] = useState(recorded ? (recorded.affirmed ? 'yes' : 'no') : '');
  const [justification, setJustification] = useState(recorded?.justification ?? '');

  return (
    <FactSection
      title={t('cooperations.singleOutTitle')}
      description={<WithRequirements ids={['FRM-3']}>{t('cooperations.singleOutIntro')}</WithRequirements>}
      saver={saver}
      onSubmit={() =>
        saver.save(
          { singlesOutOrganisation: answer === '' ? null : { affirmed: answer === 'yes', justification } },
          t('cooperations.sectionSaved', { title: t('cooperations.singleOutTitle') }),
        )
      }
    >
      <Stack gap="sm">
        <Radio.Group id="singlesOutOrganisation" label={t('cooperations.singleOutQuestion')} value={answer} onChange={setAnswer}>
          <Stack gap="xs" mt={6}>
            <Radio value="no" label={t('cooperations.singleOutNo')} />
            <Radio value="yes" label={t('cooperations.singleOutYes')} />
          </Stack>
        </Radio.Group>
        <Textarea
          id="singlesOutOrganisation.justification"
          label={t('cooperations.justification')}
          aria-label={`${t('cooperations.justification')} – ${t('cooperations.singleOutTitle')}`}
          autosize
          minRows={2}
          value={justification}
          onChange={(e) => setJustification(e.currentTarget.value)}
          error={saver.fieldError('singlesOutOrganisation.justification')}
        />
      </Stack>
    </FactSection>
  );
}
