import { Alert } from '@mantine/core';
import { Fragment, type ReactNode, useState } from 'react';
import { AlertIcon } from './icons';

type RestartableEditProps = {
  /** Why the record cannot be edited now, or null when it can. */
  blocked: string | null;
  /** The form; `restart` starts it again from the record's current version (after a conflict). */
  children: (restart: () => void) => ReactNode;
};

/** The body of an edit page: the form, or why the record cannot be edited. */
export function RestartableEdit({ blocked, children }: RestartableEditProps) {
  const [generation, setGeneration] = useState(0);
  if (blocked !== null) {
    return (
      <Alert color="yellow" variant="light" icon={<AlertIcon />} role="alert">
        {blocked}
      </Alert>
    );
  }
  return <Fragment key={generation}>{children(() => setGeneration((g) => g + 1))}</Fragment>;
}
