import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requirementById } from '../../../shared/requirements/requirements';
import { currentLanguage } from '../../app/i18n/i18n.config';

/** The address of a rule's text on the rules page. */
export function requirementHref(id: string): string {
  return `/regler#${id}`;
}

/**
 * A small reference to a rule (e.g. DEM-3) beside a text rather than inside its sentence: a link
 * to the rule's text on the rules page, named by the rule's title for screen readers and on hover.
 * It opens in a new tab, so that looking a rule up never leaves a half-filled form or a dialog.
 */
export function RequirementTag({ id }: { id: string }) {
  const { t } = useTranslation();
  const requirement = requirementById(id);
  const title = requirement ? requirement.title[currentLanguage() === 'en' ? 'en' : 'sv'] : id;
  return (
    <Anchor
      href={requirementHref(id)}
      target="_blank"
      rel="noopener"
      className="requirement-tag"
      title={t('rules.tagTitle', { id, title })}
      aria-label={t('rules.tagLabel', { id, title })}
    >
      {id}
    </Anchor>
  );
}

/** Several rule references in a row. */
export function RequirementTags({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <Group gap={4} component="span" style={{ display: 'inline-flex', verticalAlign: 'baseline' }}>
      {ids.map((id) => (
        <RequirementTag key={id} id={id} />
      ))}
    </Group>
  );
}

/** A text followed by its rule references, e.g. a hint or an introduction. */
export function WithRequirements({ children, ids }: { children: ReactNode; ids: readonly string[] }) {
  return (
    <>
      {children} <RequirementTags ids={ids} />
    </>
  );
}
