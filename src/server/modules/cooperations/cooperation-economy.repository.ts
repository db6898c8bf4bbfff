import { sql } from 'kysely';

// The economy rows of an agreement version, as a set even when the column holds no array.
const economyRows = sql`jsonb_to_recordset(CASE WHEN jsonb_typeof(v.economy) = 'array' THEN v.economy ELSE '[]'::jsonb END)`;

/**
 * True for a cooperation (table alias `cooperation`) with an economy in `year` (IOP-9): a row of
 * that year in the economy of the current version of one of its agreements, or a live outcome
 * entry of the year. One definition for the committee's report and the register's list, so the
 * report's number of cooperations with a budget or an outcome equals the list behind it (OVR-2).
 */
export function cooperationHasEconomyInYear(year: number) {
  return sql<boolean>`(EXISTS (SELECT 1 FROM agreement a
                              JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.current_version
                              CROSS JOIN LATERAL ${economyRows} AS e(year int)
                              WHERE a.cooperation_id = cooperation.id AND e.year = ${year})
                   OR EXISTS (SELECT 1 FROM economy_outcome o
                              WHERE o.cooperation_id = cooperation.id AND o.year = ${year} AND o.removed_at IS NULL))`;
}

/** The year's economy rows of the current versions of agreements (aliases `a`, `v`, `e`), for a section's sums. */
export const currentEconomyRows = sql`agreement_version v ON v.agreement_id = a.id AND v.number = a.current_version
  CROSS JOIN LATERAL ${economyRows} AS e(year int, "moneySek" numeric, "inKindSek" numeric)`;
