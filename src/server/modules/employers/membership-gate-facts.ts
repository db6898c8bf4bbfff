import type { MembershipGateFacts } from '../../../shared/employers/membership-gates.rules';
import type { Db } from '../../db/database';
import { findApplicationOfMembership } from './membership-application.repository';

/** What the membership gates read (EMP-1): the application that created this membership cooperation, if any. */
export async function membershipGateFacts(db: Db, cooperationId: string): Promise<MembershipGateFacts> {
  const row = await findApplicationOfMembership(db, cooperationId);
  if (!row) return null;
  return {
    statements: {
      networkGoals: row.statement_network_goals,
      nonDiscrimination: row.statement_non_discrimination,
      genderEquality: row.statement_gender_equality,
      equality: row.statement_equality,
      humanRights: row.statement_human_rights,
    },
    checkPassed: row.check_passed === true,
    decision: row.status === 'approved' ? 'approved' : row.status === 'rejected' ? 'rejected' : null,
  };
}
