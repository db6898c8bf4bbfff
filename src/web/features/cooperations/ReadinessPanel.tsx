import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { CompetenceSection, SingleOutSection } from './CompetenceSection';
import { GateChecklist } from './GateChecklist';
import type { FixTarget } from './gate-fix';
import { IopAssessmentSection } from './IopAssessmentSection';
import { PreStudySection } from './PreStudySection';
import { PublicationSection } from './PublicationSection';
import { ContractorSection, VidaOccasionsSection } from './TermsFactsSection';
import { TransitionActions } from './TransitionActions';

type ReadinessPanelProps = {
  cooperation: CooperationView;
  onMessage: (message: string) => void;
  /** Goes to the edit form on the overview tab (fields fixed there, e.g. the responsible manager). */
  onEditField: (field: string) => void;
};

/** Brings a fact section into view and moves focus to its heading, so keyboard users land there too. */
function goToSection(sectionId: string) {
  const section = document.getElementById(sectionId);
  if (!section) return;
  section.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const heading = section.querySelector<HTMLElement>('h3');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/** The readiness tab: the gates of the next step as a checklist, the lifecycle steps, and the facts the gates read. */
export function ReadinessPanel({ cooperation: c, onMessage, onEditField }: ReadinessPanelProps) {
  const { t } = useTranslation();
  const met = c.gates.filter((g) => g.met).length;
  const onFix = (target: FixTarget) => {
    if (target.kind === 'section') goToSection(target.sectionId);
    else if (target.kind === 'edit') onEditField(target.field);
  };
  // Each section keeps what the user typed while another section is saved.
  const key = c.id;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading
          title={c.nextStatus ? t('cooperations.readinessFor', { status: t(`cooperations.status_${c.nextStatus}`) }) : t('cooperations.tab_readiness')}
          description={c.nextStatus ? t('cooperations.readinessIntro') : undefined}
        />
        {c.nextStatus && c.gates.length > 0 ? (
          <>
            <Text fw={600} mb="xs" role="status">
              {t('cooperations.gatesMet', { met, total: c.gates.length })}
            </Text>
            <GateChecklist gates={c.gates} cooperation={c} onFix={onFix} label={t('cooperations.checklistLabel')} />
          </>
        ) : (
          <EmptyMessage>{c.status === 'ended' ? t('cooperations.endedNoSteps') : t('cooperations.noGates')}</EmptyMessage>
        )}
        <Stack mt="lg" gap="xs">
          <TransitionActions cooperation={c} onMessage={onMessage} />
        </Stack>
      </Paper>
      <CompetenceSection key={`competence-${key}`} cooperation={c} onMessage={onMessage} />
      {c.form === 'informal' ? <SingleOutSection key={`single-${key}`} cooperation={c} onMessage={onMessage} /> : null}
      {c.form === 'iop' ? <IopAssessmentSection key={`iop-${key}`} cooperation={c} onMessage={onMessage} /> : null}
      {c.form === 'iop' ? <PreStudySection key={`pre-${key}`} cooperation={c} onMessage={onMessage} /> : null}
      {c.form === 'iop' ? <PublicationSection key={`publication-${key}`} cooperation={c} onMessage={onMessage} /> : null}
      {c.form === 'vida' ? <VidaOccasionsSection key={`vida-${key}`} cooperation={c} onMessage={onMessage} /> : null}
      {c.form === 'external_funding' ? <ContractorSection key={`contractor-${key}`} cooperation={c} onMessage={onMessage} /> : null}
    </Stack>
  );
}
