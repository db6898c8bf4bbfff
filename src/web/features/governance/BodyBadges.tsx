import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionView, GovernanceBodySummaryView } from '../../../shared/governance/governance.schemas';
import { AlertIcon } from '../../components/ui/icons';
import { decisionStatusColor } from './governance.format';

/** "Inget möte denna termin" on a steering group that has missed its cadence (IOP-6). */
export function FlagBadge({ body, size = 'sm' }: { body: Pick<GovernanceBodySummaryView, 'flagged'>; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (!body.flagged) return null;
  return (
    <Badge color="red" variant="light" size={size} leftSection={<AlertIcon size={14} aria-hidden="true" />}>
      {t('governance.flagged')}
    </Badge>
  );
}

/** Föreslaget / Beslutat / Avslaget. */
export function DecisionStatusBadge({ status }: { status: DecisionView['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={decisionStatusColor(status)} variant="light">
      {t(`governance.decisionStatus_${status}`)}
    </Badge>
  );
}
