import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useCooperation } from './api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads the cooperation of an address: a spinner first, the 404 page for an unknown id. */
export function WithCooperation({ id, children }: { id: string; children: (cooperation: CooperationView) => ReactNode }) {
  return UUID.test(id) ? <Loaded id={id}>{children}</Loaded> : <NotFoundPage />;
}

function Loaded({ id, children }: { id: string; children: (cooperation: CooperationView) => ReactNode }) {
  const { t } = useTranslation();
  const query = useCooperation(id);
  if (query.data) return <>{children(query.data)}</>;
  if (query.isError) {
    if (isApiError(query.error, 404)) return <NotFoundPage />;
    return (
      <>
        <PageHeading title={t('cooperations.cooperation')} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <LoadingState />;
}
