import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { WithRecord } from '../../components/ui/WithRecord';
import { useOrganisation } from './api';

/** Loads the organisation of an address: a spinner first, the 404 page for an unknown id. */
export function WithOrganisation({ id, children }: { id: string; children: (organisation: OrganisationView) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <WithRecord id={id} useRecord={useOrganisation} errorTitle={t('organisations.organisation')}>
      {children}
    </WithRecord>
  );
}
