import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTermination } from './api';
import { TerminationDialog } from './TerminationDialog';

type TerminationButtonProps = { cooperation: { id: string; caseNumber: string; form?: string }; label: string; onMessage: (message: string) => void };

/** The "end" step of a running cooperation: opens the notice-or-rescission dialog (IOP-5) when one may be given. */
export function TerminationButton({ cooperation, label, onMessage }: TerminationButtonProps) {
  const query = useTermination(cooperation.id);
  const [open, setOpen] = useState(false);
  const view = query.data;
  return (
    <>
      <Button variant="outline" color="red" disabled={!view?.terminable} loading={query.isPending} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {view ? (
        <TerminationDialog
          opened={open}
          cooperation={cooperation}
          termination={view}
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setOpen(false);
            onMessage(message);
          }}
        />
      ) : null}
    </>
  );
}
