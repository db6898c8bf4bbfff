import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageHeading } from './PageHeading';
import { ErrorState, LoadingState } from './QueryStates';
import { isUuid } from './uuid';

type WithRecordProps<T> = {
  /** The id from the address. */
  id: string;
  /** The React Query hook that loads one record by id (a module-level function, the same on every render). */
  useRecord: (id: string) => UseQueryResult<T>;
  /** The heading shown above a load error (the record's name is not known then). */
  errorTitle: string;
  children: (record: T) => ReactNode;
};

/** Loads the record of an address: a spinner first, the 404 page for an unknown or malformed id. */
export function WithRecord<T>({ id, ...rest }: WithRecordProps<T>) {
  return isUuid(id) ? <Loaded id={id} {...rest} /> : <NotFoundPage />;
}

function Loaded<T>({ id, useRecord, errorTitle, children }: WithRecordProps<T>) {
  const query = useRecord(id);
  if (query.data) return <>{children(query.data)}</>;
  if (query.isError) {
    if (isApiError(query.error, 404)) return <NotFoundPage />;
    return (
      <>
        <PageHeading title={errorTitle} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <LoadingState />;
}
