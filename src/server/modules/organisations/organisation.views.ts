import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { OrganisationListRow } from './organisation.repository';

/** The public shape of an organisation, with its democracy status on the query's date. */
export function toOrganisationView(row: OrganisationListRow): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    legalForm: row.legal_form,
    orgNumber: row.org_number,
    description: row.description,
    memberCount: row.member_count,
    website: row.website,
    address: { street: row.street, postalCode: row.postal_code, city: row.city },
    districts: row.districts,
    areas: row.areas,
    contacts: row.contacts,
    status: row.status,
    democracyStatus: row.democracy_status as OrganisationView['democracyStatus'],
    democracyValidUntil: row.democracy_valid_until,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** What the audit log keeps of an organisation: its content, not bookkeeping columns. */
export function auditedOrganisation(row: OrganisationListRow | Omit<OrganisationListRow, 'democracy_status'>): Record<string, unknown> {
  return {
    name: row.name,
    kind: row.kind,
    legalForm: row.legal_form,
    orgNumber: row.org_number,
    description: row.description,
    memberCount: row.member_count,
    website: row.website,
    address: { street: row.street, postalCode: row.postal_code, city: row.city },
    districts: row.districts,
    areas: row.areas,
    contacts: row.contacts,
    status: row.status,
  };
}
