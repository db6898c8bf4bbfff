import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { WithRecord } from '../../components/ui/WithRecord';
import { useCooperation } from './api';

/** Loads the cooperation of an address: a spinner first, the 404 page for an unknown id. */
export function WithCooperation({ id, children }: { id: string; children: (cooperation: CooperationView) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <WithRecord id={id} useRecord={useCooperation} errorTitle={t('cooperations.cooperation')}>
      {children}
    </WithRecord>
  );
}
