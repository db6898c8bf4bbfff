import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { OrganisationRow } from '../../db/schema-organisations';
import type { OrganisationListRow } from './organisation.repository';

type ContentColumns =
  | 'name' | 'kind' | 'legal_form' | 'org_number' | 'description' | 'member_count' | 'website'
  | 'street' | 'postal_code' | 'city' | 'districts' | 'areas' | 'contacts' | 'status' | 'bankgiro' | 'plusgiro';

/** The content of an organisation record: what people register and the audit log keeps. */
function contentOf(row: Pick<OrganisationRow, ContentColumns>) {
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
    bankgiro: row.bankgiro,
    plusgiro: row.plusgiro,
    status: row.status,
  };
}

/** The public shape of an organisation, with its democracy status on the query's date. */
export function toOrganisationView(row: OrganisationListRow): OrganisationView {
  return {
    id: row.id,
    ...contentOf(row),
    democracyStatus: row.democracy_status as OrganisationView['democracyStatus'],
    democracyValidUntil: row.democracy_valid_until,
    createdAt: row.created_at_iso,
    updatedAt: row.updated_at_iso,
    version: row.version,
  };
}

/** What the audit log keeps of an organisation: its content, not bookkeeping columns. */
export function auditedOrganisation(row: Pick<OrganisationRow, ContentColumns>): Record<string, unknown> {
  return contentOf(row);
}
