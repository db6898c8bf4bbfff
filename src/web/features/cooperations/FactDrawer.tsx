import { Drawer, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { RequirementTag } from '../../components/ui/RequirementTag';
import { CompetenceSection, SingleOutSection } from './CompetenceSection';
import { KnownEmployerSection } from './KnownEmployerSection';
import { FACT_SECTIONS, type FactSectionKey } from './fact-sections';
import { IopAssessmentSection } from './IopAssessmentSection';
import { PreStudySection } from './PreStudySection';
import { FrameworkAgreementSection, ReservedPredecessorSection } from './ProcurementFactsSection';
import { ContractorSection, VidaOccasionsSection } from './TermsFactsSection';

type SectionFormProps = {
  section: FactSectionKey;
  cooperation: CooperationView;
  onMessage: (message: string) => void;
  onEditField: (field: string) => void;
};

function SectionForm({ section, cooperation, onMessage, onEditField }: SectionFormProps) {
  const props = { cooperation, onMessage };
  switch (section) {
    case 'competence':
      return <CompetenceSection {...props} />;
    case 'singleOut':
      return <SingleOutSection {...props} />;
    case 'iopAssessment':
      return <IopAssessmentSection {...props} />;
    case 'preStudy':
      return <PreStudySection {...props} />;
    case 'vida':
      return <VidaOccasionsSection {...props} />;
    case 'contractor':
      return <ContractorSection {...props} />;
    case 'reservedPredecessor':
      return <ReservedPredecessorSection {...props} />;
    case 'frameworkAgreement':
      return <FrameworkAgreementSection {...props} onEditField={onEditField} />;
    case 'knownEmployer':
      return <KnownEmployerSection {...props} />;
  }
}

type FactDrawerProps = Omit<SectionFormProps, 'section'> & { section: FactSectionKey | null; onClose: () => void };

/** Moves focus to the checklist's heading (in the panel with id `checklist-panel`), so keyboard users keep their place. */
function focusChecklist() {
  const heading = document.getElementById('checklist-panel')?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * One form of recorded facts, opened beside the checklist from its row; it closes once saved
 * (the checklist then shows the new verdicts) and gives focus back to the row it came from.
 */
export function FactDrawer({ section, cooperation, onClose, onMessage, onEditField }: FactDrawerProps) {
  const { t } = useTranslation();
  // The last section shown stays in the drawer while it slides out.
  const [shown, setShown] = useState(section);
  useEffect(() => {
    if (section) setShown(section);
  }, [section]);
  return (
    // Built from its parts so that the rule's tag sits beside the title rather than inside the
    // heading that names the dialog.
    <Drawer.Root
      opened={section !== null}
      onClose={onClose}
      position="right"
      size="xl"
      // Opened from a refused transition, the element that had focus is gone with its dialog:
      // focus then goes to the checklist rather than to the top of the document.
      onExitTransitionEnd={() => {
        if (document.activeElement === document.body || !document.activeElement) focusChecklist();
      }}
    >
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header>
          {shown ? (
            <Group gap="sm" align="center" wrap="wrap">
              <Drawer.Title fz="xl" fw={700}>
                {t(FACT_SECTIONS[shown].titleKey)}
              </Drawer.Title>
              <RequirementTag id={FACT_SECTIONS[shown].requirement} />
            </Group>
          ) : null}
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        <Drawer.Body>
          {shown ? (
            <SectionForm
              // A new opening starts from what is stored (the drawer unmounts its content once closed).
              key={`${shown}-${cooperation.id}`}
              section={shown}
              cooperation={cooperation}
              onMessage={(message) => {
                onMessage(message);
                onClose();
              }}
              onEditField={onEditField}
            />
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
