import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DemocracyDraftView } from '../../../shared/organisations/democracy-draft.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';

const BADGE_COLOR = { draft: 'gray', ready_for_signing: 'yellow', returned: 'orange', signed: 'green', discarded: 'gray' } as const;

/** "Förberedd av X den …, väntar på signering av Y": where an assessment in preparation stands (DEM-3). */
export function draftLine(t: TFunction, draft: DemocracyDraftView, locale: string): string {
  switch (draft.status) {
    case 'ready_for_signing':
      return t('democracy.draftLine_ready_for_signing', {
        name: draft.createdBy.name,
        date: formatDateTime(draft.handedOverAt ?? draft.updatedAt, locale),
        signer: draft.signer?.name ?? '',
      });
    case 'returned':
      return t('democracy.draftLine_returned', { signer: draft.returnedBy?.name ?? '', date: formatDateTime(draft.returnedAt ?? draft.updatedAt, locale) });
    default:
      return t('democracy.draftLine_draft', { name: draft.createdBy.name, date: formatDateTime(draft.createdAt, locale) });
  }
}

/** The status of an assessment in preparation as a badge and a sentence, for the page's status line and the panel. */
export function DraftStatusText({ draft, size = 'sm' }: { draft: DemocracyDraftView; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (draft.status === 'signed' || draft.status === 'discarded') return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="light" color={BADGE_COLOR[draft.status]} size={size === 'md' ? 'lg' : 'md'}>
        {t(`democracy.draftBadge_${draft.status}`)}
      </Badge>
      <Text size={size}>{draftLine(t, draft, currentLocale())}</Text>
    </Group>
  );
}
