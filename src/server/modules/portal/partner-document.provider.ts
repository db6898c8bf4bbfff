import type { WorkItemView } from '../../../shared/work-queue/work-queue.schemas';
import { dateOf, holdsAny, type WorkItemProvider } from '../work-queue/work-queue.provider';
import { findWaitingSubmissions } from './document-submission.repository';

/**
 * ORG-4, issue 15: partner-control documents partners submitted through the portal and that wait for
 * staff — for the officers, managers and admins who handle ORG-4 — each leading to its organisation.
 */
export const partnerDocumentProvider: WorkItemProvider = async (db, ctx) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  const rows = await findWaitingSubmissions(db);
  return rows.map(
    (r): WorkItemView => ({
      key: `partner_document_submitted:${r.id}`,
      type: 'partner_document_submitted',
      title: r.organisation_name,
      subtitle: null,
      reason: 'partner_document_waiting',
      requirement: 'ORG-4',
      since: dateOf(r.submitted_at, ctx.timeZone),
      link: `/organisationer/${r.organisation_id}`,
      assignee: { userId: null, name: null, role: 'officer' },
    }),
  );
};
