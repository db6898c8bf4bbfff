import { useState } from 'react';
import { useCan } from '../../app/current-session.context';
import { AnnualReviewSection } from './AnnualReviewSection';
import { TerminationSection } from './TerminationSection';

type LifecycleSectionsProps = {
  cooperation: { id: string; caseNumber: string; status: string; form?: string; responsibleManager?: { id: string } | null };
  onMessage: (message: string) => void;
};

/** On a cooperation page: the annual review of its agreements (IOP-8, AGR-7) and how it ends (IOP-5). */
export function LifecycleSections({ cooperation, onMessage }: LifecycleSectionsProps) {
  const allowed = useCan('cooperations.read');
  const [terminating, setTerminating] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <AnnualReviewSection cooperation={cooperation} onMessage={onMessage} onRequestTermination={() => setTerminating(true)} />
      <TerminationSection cooperation={cooperation} onMessage={onMessage} dialogOpen={terminating} onDialogOpenChange={setTerminating} />
    </>
  );
}
