import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { WithRecord } from '../../components/ui/WithRecord';
import { useInitiative } from './api';

/** Loads the initiative of an address: a spinner first, the 404 page for an unknown id. */
export function WithInitiative({ id, children }: { id: string; children: (initiative: InitiativeDetailView) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <WithRecord id={id} useRecord={useInitiative} errorTitle={t('initiatives.initiative')}>
      {children}
    </WithRecord>
  );
}
