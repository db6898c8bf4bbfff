import type { ApplicationListItem, ApplicationView } from '../../../shared/employers/membership.schemas';
import { applicationReference } from '../../../shared/employers/membership.rules';
import type { IntegrationPactApplicationRow } from '../../db/schema-employers';
import type { ApplicationRecord } from './membership-application.repository';

const iso = (d: Date | string) => new Date(d).toISOString();

/** An application as the lists show it. */
export function toApplicationListItem(row: IntegrationPactApplicationRow): ApplicationListItem {
  return {
    id: row.id,
    reference: applicationReference(row.number_year, row.number),
    source: row.source,
    organisationName: row.organisation_name,
    orgNumber: row.org_number,
    employerType: row.employer_type,
    status: row.status,
    organisationId: row.organisation_id,
    checkPassed: row.check_passed,
    receivedAt: iso(row.created_at),
  };
}

/** An application with its applicant data, check, decision and membership. */
export function toApplicationView(row: ApplicationRecord, matching: { id: string; name: string; org_number: string | null; status: 'active' | 'archived' }[]): ApplicationView {
  return {
    ...toApplicationListItem(row),
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    motivation: row.motivation,
    statements: {
      networkGoals: row.statement_network_goals,
      nonDiscrimination: row.statement_non_discrimination,
      genderEquality: row.statement_gender_equality,
      equality: row.statement_equality,
      humanRights: row.statement_human_rights,
    },
    organisation:
      row.organisation_id && row.linked_name && row.linked_status
        ? { id: row.organisation_id, name: row.linked_name, orgNumber: row.linked_org_number, status: row.linked_status }
        : null,
    matchingOrganisations: matching.map((o) => ({ id: o.id, name: o.name, orgNumber: o.org_number, status: o.status })),
    check:
      row.checked_at && row.check_passed !== null
        ? {
            orgNumberValid: row.check_org_number_valid === true,
            organisationActive: row.check_organisation_active === true,
            contactNamed: row.check_contact_named === true,
            statementsGiven: row.check_statements_given === true,
            passed: row.check_passed,
            note: row.check_note,
            checkedBy: row.checked_by_name,
            checkedAt: iso(row.checked_at),
          }
        : null,
    decision: row.decided_at ? { reason: row.decision_reason, decidedBy: row.decided_by_name, decidedAt: iso(row.decided_at) } : null,
    membership: row.cooperation_id && row.case_number ? { cooperationId: row.cooperation_id, caseNumber: row.case_number, status: row.cooperation_status ?? 'active' } : null,
    version: row.version,
  };
}

/** What the audit log keeps of an application: the organisation and the statements, never the contact person. */
export function auditedApplication(row: IntegrationPactApplicationRow): Record<string, unknown> {
  return {
    source: row.source,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    orgNumber: row.org_number,
    employerType: row.employer_type,
    statements: [row.statement_network_goals, row.statement_non_discrimination, row.statement_gender_equality, row.statement_equality, row.statement_human_rights],
    status: row.status,
    checkPassed: row.check_passed,
    cooperationId: row.cooperation_id,
  };
}
