import { RESERVED_CONTRACT_MAX_MONTHS } from '../../../../shared/cooperations/gate.types';
import { addDays, addMonths } from '../../../../shared/lifecycle/termination.rules';
import { isReservedContractNearLimit, RESERVED_CONTRACT_NOTICE_MONTHS, reservedContractLimit } from '../../../../shared/work-queue/due.rules';
import { holdsAny, type WorkItemProvider } from '../work-queue.provider';
import { findReservedContractsStartedBy } from '../work-queue-due.repository';

/**
 * FRM-6 (FRM-1's reserved contract): running reserved contracts within six months of their
 * three-year limit, or past it, so that a new procurement is prepared in time — the responsible
 * manager's own, or all for those who steer. Resolved when the contract is ended.
 */
export const reservedContractProvider: WorkItemProvider = async (db, ctx, today) => {
  if (!holdsAny(ctx.roles, ['officer', 'manager', 'admin'])) return [];
  // The query reads a few days more than needed (month ends do not invert); the rule decides.
  const startedBy = addDays(addMonths(today, RESERVED_CONTRACT_NOTICE_MONTHS - RESERVED_CONTRACT_MAX_MONTHS), 4);
  const rows = await findReservedContractsStartedBy(db, startedBy, ctx.scope === 'all' ? undefined : ctx.userId);
  return rows.filter((c) => isReservedContractNearLimit(c.start_date, today)).map((c) => {
    const limit = reservedContractLimit(c.start_date);
    return {
      key: `reserved_contract_limit:${c.id}`,
      type: 'reserved_contract_limit' as const,
      title: c.title,
      subtitle: c.case_number,
      reason: 'reserved_contract_limit' as const,
      requirement: 'FRM-6',
      since: limit,
      link: `/samverkan/${c.id}`,
      assignee: { userId: c.responsible_manager_id, name: c.manager_name, role: c.responsible_manager_id ? null : ('manager' as const) },
    };
  });
};
