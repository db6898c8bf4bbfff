import { sql } from 'kysely';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../../shared/organisations/partner-control.rules';
import type { Db } from '../../../db/database';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import { type ReportScope, scopeIsFiltered } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** The day an instant falls on in the instance's time zone. */
const localDayIn = (timeZone: string) => (column: string) => sql`(${sql.ref(column)} AT TIME ZONE ${timeZone})::date`;

/** With a filter, an organisation (by the column given) that is a party of a cooperation in scope; without, every one. */
function organisationInScope(scope: ReportScope, organisationColumn: string) {
  if (!scopeIsFiltered(scope)) return sql<boolean>`TRUE`;
  return sql<boolean>`EXISTS (SELECT 1 FROM cooperation_party p JOIN cooperation ON cooperation.id = p.cooperation_id
                              WHERE p.organisation_id = ${sql.ref(organisationColumn)} AND ${cooperationInScope(scope)})`;
}

/** Democracy assessments signed in the period by outcome (DEM-1–4). */
export type DemocracyCounts = { eligible: number; remediated: number; not_eligible: number };

/**
 * Democracy assessments signed within the period (DEM-3), by outcome: eligible, eligible after a
 * remediation (DEM-4: the organisation's previous assessment found it not eligible, and only a
 * completed remediation measure lets a new one find it eligible — `mayBecomeEligible`), not eligible.
 */
export async function democracyCounts(db: Db, scope: ReportScope): Promise<DemocracyCounts> {
  const localDay = localDayIn(scope.timeZone);
  const result = await sql<DemocracyCounts>`
    WITH a AS (
      SELECT da.organisation_id, da.result, ${localDay('da.signed_at')} AS signed_on,
             lag(da.result) OVER (PARTITION BY da.organisation_id ORDER BY da.signed_at, da.id) AS previous
      FROM democracy_assessment da
    )
    SELECT count(*) FILTER (WHERE a.result = 'eligible' AND a.previous IS DISTINCT FROM 'not_eligible')::int AS eligible,
           count(*) FILTER (WHERE a.result = 'eligible' AND a.previous = 'not_eligible')::int AS remediated,
           count(*) FILTER (WHERE a.result = 'not_eligible')::int AS not_eligible
    FROM a
    WHERE a.signed_on BETWEEN ${scope.from}::date AND ${scope.to}::date AND ${organisationInScope(scope, 'a.organisation_id')}`.execute(db);
  return result.rows[0] ?? { eligible: 0, remediated: 0, not_eligible: 0 };
}

/** Partner-control documents received and noted as not existing within the period, per document type (ORG-4). */
export type ControlDocumentRow = { document_type: string; received: number; not_existing: number };

/**
 * Partner-control documents (ORG-4) uploaded within the period and documents noted within it as not
 * existing (with a reason; a withdrawn note has none), per type, in one statement.
 */
export async function controlDocumentCounts(db: Db, scope: ReportScope): Promise<ControlDocumentRow[]> {
  const localDay = localDayIn(scope.timeZone);
  const { from, to } = scope;
  const types = [...PARTNER_CONTROL_DOCUMENTS];
  const result = await sql<ControlDocumentRow>`
    SELECT x.document_type, count(*) FILTER (WHERE x.received)::int AS received, count(*) FILTER (WHERE NOT x.received)::int AS not_existing
    FROM (
      SELECT d.organisation_id, d.document_type, TRUE AS received FROM organisation_document d
      WHERE d.document_type = ANY(${types}::text[]) AND ${localDay('d.uploaded_at')} BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT a.organisation_id, a.document_type, FALSE FROM organisation_document_absence a
      WHERE a.reason IS NOT NULL AND a.document_type = ANY(${types}::text[]) AND ${localDay('a.recorded_at')} BETWEEN ${from}::date AND ${to}::date
    ) x
    WHERE ${organisationInScope(scope, 'x.organisation_id')}
    GROUP BY x.document_type`.execute(db);
  return result.rows;
}

/** Civil-society parties of IOPs in force in the period and how many have a complete partner control today. */
export type PartnerControlState = { parties: number; complete: number };

/**
 * Civil-society organisations that are a party to an IOP in force at some day of the period, under
 * the report's filters, and how many of them have a complete partner control today: every control
 * document received or noted as not existing with a reason (`isPartnerControlComplete`, ORG-4).
 */
export async function partnerControlState(db: Db, scope: ReportScope): Promise<PartnerControlState> {
  const types = [...PARTNER_CONTROL_DOCUMENTS];
  const result = await sql<PartnerControlState>`
    WITH party AS (
      SELECT DISTINCT p.organisation_id
      FROM cooperation JOIN cooperation_party p ON p.cooperation_id = cooperation.id
      JOIN organisation o ON o.id = p.organisation_id AND o.kind = 'civil_society'
      WHERE cooperation.form = 'iop' AND ${cooperationDidInPeriod('running', scope.from, scope.to)} AND ${cooperationInScope(scope)}
    ),
    covered AS (
      SELECT c.organisation_id, count(DISTINCT c.document_type)::int AS n
      FROM (
        SELECT d.organisation_id, d.document_type FROM organisation_document d JOIN party ON party.organisation_id = d.organisation_id
        WHERE d.document_type = ANY(${types}::text[])
        UNION ALL
        SELECT a.organisation_id, a.document_type FROM organisation_document_absence a JOIN party ON party.organisation_id = a.organisation_id
        WHERE a.reason IS NOT NULL AND a.document_type = ANY(${types}::text[])
      ) c
      GROUP BY c.organisation_id
    )
    SELECT count(*)::int AS parties, count(*) FILTER (WHERE covered.n = ${types.length})::int AS complete
    FROM party LEFT JOIN covered ON covered.organisation_id = party.organisation_id`.execute(db);
  return result.rows[0] ?? { parties: 0, complete: 0 };
}
