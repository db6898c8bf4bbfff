import { Anchor, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { GateResult } from '../../../shared/cooperations/gate.types';
import { AREAS } from '../../app/areas.config';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { RequirementTag } from '../../components/ui/RequirementTag';
import { CheckCircleIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { FACT_SECTIONS } from './fact-sections';
import { type FixTarget, fixTarget } from './gate-fix';

type GateChecklistProps = {
  gates: GateResult[];
  cooperation: Pick<CooperationView, 'id' | 'parties' | 'initiativeId'>;
  /** Goes to a section or field of this page; absent where the list is shown outside it. */
  onFix?: ((target: FixTarget) => void) | undefined;
  label: string;
};

function CrossCircleIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" />
      <path d="m9 9 6 6M15 9l-6 6" />
    </svg>
  );
}

const initiativesPath: string = AREAS.find((a) => a.key === 'initiatives')?.path ?? '/initiatives';

type FixLinkProps = { target: FixTarget; met: boolean; cooperationId: string; onFix?: ((target: FixTarget) => void) | undefined };

function FixLink({ target, met, cooperationId, onFix }: FixLinkProps) {
  const { t } = useTranslation();
  switch (target.kind) {
    case 'overview-section':
      // The overview tab is the page without a tab in its address; the hash brings the section into view.
      return (
        <AnchorLink to="/samverkan/$id" params={{ id: cooperationId }} search={{}} hash={target.sectionId} size="sm" fw={600}>
          {t(target.sectionId === 'agreements-heading' ? 'cooperations.fixAgreement' : 'cooperations.fixGovernance')}
        </AnchorLink>
      );
    case 'organisations':
      return (
        <Group gap="sm" wrap="wrap">
          {target.parties.map((p) => (
            <AnchorLink key={p.id} to="/organisationer/$id" params={{ id: p.id }} search={{ tab: target.tab }} size="sm" fw={600}>
              {t(target.tab === 'democracy' ? 'cooperations.fixDemocracy' : 'cooperations.fixPartnerControl', { name: p.name })}
            </AnchorLink>
          ))}
        </Group>
      );
    case 'employers':
      // EMP-2: the controls (and the membership) belong to the employer, not to this partnership.
      return (
        <Group gap="sm" wrap="wrap">
          {target.parties.map((p) => (
            <Anchor key={p.id} href={target.page === 'controls' ? `/arbetsgivare/${p.id}/kontroller` : `/arbetsgivare/${p.id}`} size="sm" fw={600}>
              {t(target.page === 'controls' ? 'cooperations.fixEmployerControls' : 'cooperations.fixEmployerMembership', { name: p.name })}
            </Anchor>
          ))}
        </Group>
      );
    case 'review':
      return target.initiativeId ? (
        <Anchor href={`${initiativesPath}/${target.initiativeId}`} size="sm" fw={600}>
          {t('cooperations.fixReview')}
        </Anchor>
      ) : met ? null : (
        <Text size="sm">{t('cooperations.fixReviewNoInitiative')}</Text>
      );
    case 'section': {
      if (!onFix) return null;
      const title = t(FACT_SECTIONS[target.section].titleKey);
      return met ? (
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onFix(target)}>
          {t('cooperations.fixShow', { title })}
        </Anchor>
      ) : (
        <Button variant="light" size="compact-sm" onClick={() => onFix(target)}>
          {t('cooperations.fixOpen', { title })}
        </Button>
      );
    }
    case 'edit':
      if (!onFix) return null;
      return met ? (
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onFix(target)}>
          {t('cooperations.fixShowDetails')}
        </Anchor>
      ) : (
        <Button variant="light" size="compact-sm" onClick={() => onFix(target)}>
          {t('cooperations.fixInDetails')}
        </Button>
      );
  }
}

/**
 * The checklist: every gate of a step with ✓ or ✗ and the words "uppfyllt"/"inte uppfyllt" (never
 * colour alone), the explanation, the requirement it enforces, and where to fix it (or, once met,
 * where its facts are kept).
 */
export function GateChecklist({ gates, cooperation, onFix, label }: GateChecklistProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {gates.map((gate) => (
        <li key={gate.gate} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', padding: '12px 0' }}>
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" color={gate.met ? 'green' : 'red'} radius="xl" size="lg" aria-hidden="true">
              {gate.met ? <CheckCircleIcon /> : <CrossCircleIcon />}
            </ThemeIcon>
            <Stack gap={6} style={{ flex: 1 }} align="flex-start">
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={700} c={gate.met ? 'green.9' : 'red.9'}>
                  {gate.met ? t('gates.met') : t('gates.unmet')}
                </Text>
                <RequirementTag id={gate.requirement} />
              </Group>
              <Text size="sm">{lang === 'en' ? gate.whyEn : gate.why}</Text>
              <FixLink target={fixTarget(gate, cooperation)} met={gate.met} cooperationId={cooperation.id} onFix={onFix} />
            </Stack>
          </Group>
        </li>
      ))}
    </ul>
  );
}
