import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { RequirementTag } from '../../components/ui/RequirementTag';
import { PanelHeading } from '../organisations/PanelHeading';
import { FACT_SECTIONS, type FactSectionKey, factSectionState, factSectionsOf } from './fact-sections';
import { FactDrawer } from './FactDrawer';
import { GateChecklist } from './GateChecklist';
import type { FixTarget } from './gate-fix';
import { PublicationSection } from './PublicationSection';
import { TransitionActions } from './TransitionActions';

type ChecklistPanelProps = {
  cooperation: CooperationView;
  onMessage: (message: string) => void;
  /** Goes to the edit form on the overview tab (fields fixed there, e.g. the responsible manager). */
  onEditField: (field: string) => void;
};

const STATE_COLOURS = { recorded: 'green.9', partly: 'yellow.9', missing: 'red.9' } as const;

/** Every form of recorded facts of this cooperation with how much of it is filled in, each opened in the drawer. */
function FactList({ cooperation, onOpen }: { cooperation: CooperationView; onOpen: (section: FactSectionKey) => void }) {
  const { t } = useTranslation();
  const sections = factSectionsOf(cooperation.form);
  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('cooperations.factsHeading')} description={t('cooperations.factsIntro')} />
      <ul aria-label={t('cooperations.factsHeading')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sections.map((key) => {
          const title = t(FACT_SECTIONS[key].titleKey);
          const state = factSectionState(key, cooperation);
          return (
            <li key={key} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', padding: '10px 0' }}>
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{title}</Text>
                  <RequirementTag id={FACT_SECTIONS[key].requirement} />
                  <Text size="sm" c={STATE_COLOURS[state]}>
                    {t(`cooperations.factState_${state}`)}
                  </Text>
                </Group>
                <Button variant="default" size="compact-sm" aria-label={t('cooperations.factOpen', { title })} onClick={() => onOpen(key)}>
                  {t('cooperations.factOpenShort')}
                </Button>
              </Group>
            </li>
          );
        })}
      </ul>
    </Paper>
  );
}

/**
 * The checklist tab: the gates of the next step with the step itself at the top, each row opening
 * the form of facts it reads in a drawer beside the list (so no form is scrolled past to reach
 * another), then every form of facts of the cooperation and, for an IOP, its publication.
 */
export function ChecklistPanel({ cooperation: c, onMessage, onEditField }: ChecklistPanelProps) {
  const { t } = useTranslation();
  const [openSection, setOpenSection] = useState<FactSectionKey | null>(null);
  const met = c.gates.filter((g) => g.met).length;
  const onFix = (target: FixTarget) => {
    if (target.kind === 'section') setOpenSection(target.section);
    else if (target.kind === 'edit') onEditField(target.field);
  };
  const hasGates = c.nextStatus !== null && c.gates.length > 0;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" id="checklist-panel">
        <PanelHeading
          title={c.nextStatus ? t('cooperations.readinessFor', { status: t(`cooperations.status_${c.nextStatus}`) }) : t('cooperations.tab_checklist')}
          description={hasGates ? t('cooperations.readinessIntro') : undefined}
        />
        <Group justify="space-between" align="center" gap="md" wrap="wrap" mb="xs">
          {hasGates ? (
            <Text fw={600} role="status">
              {t('cooperations.gatesMet', { met, total: c.gates.length })}
            </Text>
          ) : (
            <Text c="dimmed">{c.status === 'ended' ? t('cooperations.endedNoSteps') : t('cooperations.noGates')}</Text>
          )}
          <Group gap="sm">
            <TransitionActions cooperation={c} onMessage={onMessage} onFix={onFix} />
          </Group>
        </Group>
        {hasGates ? <GateChecklist gates={c.gates} cooperation={c} onFix={onFix} label={t('cooperations.checklistLabel')} /> : null}
      </Paper>
      {factSectionsOf(c.form).length > 0 ? <FactList cooperation={c} onOpen={setOpenSection} /> : null}
      {c.form === 'iop' ? <PublicationSection key={`publication-${c.id}`} cooperation={c} onMessage={onMessage} /> : null}
      <FactDrawer
        section={openSection}
        cooperation={c}
        onClose={() => setOpenSection(null)}
        onMessage={onMessage}
        onEditField={(field) => {
          setOpenSection(null);
          onEditField(field);
        }}
      />
    </Stack>
  );
}
