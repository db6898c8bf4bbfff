import type { ApplicationListItem } from '../../../shared/employers/membership.schemas';

/** The applications that wait for the officers' check or the managers' decision, oldest first (EMP-1). */
export function waitingApplications(items: readonly ApplicationListItem[]): ApplicationListItem[] {
  return items.filter((a) => a.status === 'submitted' || a.status === 'checked').sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

/** What an application waits for: a link to the register, the check, or the decision. */
export function waitsFor(a: Pick<ApplicationListItem, 'status' | 'organisationId' | 'checkPassed'>): 'link' | 'check' | 'decision' | 'nothing' {
  if (a.status !== 'submitted' && a.status !== 'checked') return 'nothing';
  if (a.organisationId === null) return 'link';
  if (a.status === 'submitted' || a.checkPassed === null) return 'check';
  return 'decision';
}
