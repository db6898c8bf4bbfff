import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useInitiative } from './api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads the initiative of an address: a spinner first, the 404 page for an unknown id. */
export function WithInitiative({ id, children }: { id: string; children: (initiative: InitiativeDetailView) => ReactNode }) {
  return UUID.test(id) ? <Loaded id={id}>{children}</Loaded> : <NotFoundPage />;
}

function Loaded({ id, children }: { id: string; children: (initiative: InitiativeDetailView) => ReactNode }) {
  const { t } = useTranslation();
  const query = useInitiative(id);
  if (query.data) return <>{children(query.data)}</>;
  if (query.isError) {
    if (isApiError(query.error, 404)) return <NotFoundPage />;
    return (
      <>
        <PageHeading title={t('initiatives.initiative')} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <LoadingState />;
}
