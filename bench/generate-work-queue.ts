import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';
import { previousSemester } from '../src/shared/work-queue/due.rules';

/** What `generateWorkQueueData` inserted, for the benchmark's heading. */
export type WorkQueueCounts = Record<string, number>;

/**
 * Inserts what the "Att göra" providers read, in bulk (INSERT … SELECT, deterministic: every
 * choice follows a row number), over a register of organisations and cooperations already seeded:
 * `bodies` governance bodies (nine in ten IOP steering groups, the rest operative and strategic
 * steering groups and clusters of public agreements) with members, parties, a meeting this semester
 * for half, a proposed decision for one in ten and this year's two annual-cycle tasks; follow-up
 * records for half the operative groups; partner control for the parties of IOPs (two thirds
 * complete by notes that documents do not exist, one in six with an out-of-date annual report); a
 * democracy assessment for the parties of running cooperations; submitted partner reports; and
 * deviations with an action each. `userIds` are the staff the rows are routed to and signed by.
 */
export async function generateWorkQueueData(db: Db, bodies: number, userIds: string[], today: string): Promise<WorkQueueCounts> {
  const year = Number(today.slice(0, 4));
  await sql`
    WITH iop AS (SELECT id, row_number() OVER (ORDER BY case_year, case_sequence) AS n FROM cooperation WHERE form = 'iop'),
    public_agreement AS (SELECT id, row_number() OVER (ORDER BY case_year, case_sequence) AS n FROM cooperation WHERE form = 'public_agreement'),
    series AS (
      SELECT n,
        CASE WHEN n <= ${bodies} * 9 / 10 THEN 'steering_group'
             WHEN n % 10 = 0 THEN 'strategic_steering_group'
             WHEN n % 2 = 0 THEN 'operative_steering_group'
             ELSE 'cluster' END AS type
      FROM generate_series(1, ${bodies}) AS n
    ),
    body AS (
      INSERT INTO governance_body (type, name, cadence, created_at, updated_at)
      SELECT type, 'Organ ' || n, CASE WHEN type = 'cluster' THEN 'none' ELSE 'per_semester' END, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'
      FROM series
      RETURNING id, type, name
    )
    INSERT INTO governance_body_cooperation (body_id, cooperation_id)
    SELECT body.id, coalesce(iop.id, pa.id)
    FROM body
    JOIN series ON 'Organ ' || series.n = body.name
    LEFT JOIN iop ON body.type = 'steering_group' AND iop.n = series.n
    LEFT JOIN public_agreement pa ON body.type <> 'steering_group' AND pa.n = series.n - ${bodies} * 9 / 10
    WHERE coalesce(iop.id, pa.id) IS NOT NULL`.execute(db);

  // Two members per body: one from a party of its cooperation, one from the city (no login).
  await sql`
    INSERT INTO governance_member (body_id, name, organisation_id, role_title, created_at, updated_at)
    SELECT l.body_id, 'Ledamot ' || m, p.organisation_id, 'Representant', now(), now()
    FROM governance_body_cooperation l
    JOIN LATERAL (SELECT organisation_id FROM cooperation_party WHERE cooperation_id = l.cooperation_id ORDER BY organisation_id LIMIT 1) p ON true
    CROSS JOIN generate_series(1, 2) AS m`.execute(db);
  await sql`
    INSERT INTO governance_body_party (body_id, organisation_id, created_at)
    SELECT DISTINCT body_id, organisation_id, now() FROM governance_member`.execute(db);
  await sql`
    INSERT INTO governance_meeting (body_id, meeting_date)
    SELECT id, ${today}::date - 10 FROM governance_body WHERE right(name, 1) IN ('0', '2', '4', '6', '8')`.execute(db);
  await sql`
    INSERT INTO governance_decision (body_id, text, status, proposed_at)
    SELECT id, 'Organet antar verksamhetsplanen för ' || ${year + 1}, 'proposed', ${today}::date - 20
    FROM governance_body WHERE right(name, 1) = '7'`.execute(db);
  await sql`
    INSERT INTO governance_cycle_task (body_id, cycle_year, kind, due_on, done_at, created_at)
    SELECT b.id, ${year}, k.kind, k.due_on, CASE WHEN right(b.name, 1) IN ('1', '2', '3', '4', '5', '6') THEN now() END, now()
    FROM governance_body b
    CROSS JOIN (VALUES ('follow_up', make_date(${year}, 3, 31)), ('plan_next_year', make_date(${year}, 10, 31))) AS k (kind, due_on)
    WHERE b.type = 'steering_group'`.execute(db);
  // Half the operative groups have recorded last semester's follow-up (AGR-5).
  await sql`
    INSERT INTO follow_up_record (cooperation_id, kind, period, body_id, held_on, participants, conclusion, recorded_at, updated_at)
    SELECT l.cooperation_id, 'operative_semester', ${previousSemester(today).period}, b.id, ${today}::date - 30, 'Styrgruppen', 'Målen följs', now(), now()
    FROM governance_body b JOIN governance_body_cooperation l ON l.body_id = b.id
    WHERE b.type = 'operative_steering_group' AND right(b.name, 1) IN ('2', '6')`.execute(db);

  // Partner control of the parties of IOPs (ORG-4): complete for two thirds, old reports for one in six.
  await sql`
    INSERT INTO file (storage_key, original_name, media_type, size_bytes, sha256, uploaded_at)
    VALUES (repeat('0', 64), 'Verksamhetsberättelse.pdf', 'application/pdf', 1000, repeat('0', 64), now())`.execute(db);
  await sql`
    WITH party AS (
      SELECT DISTINCT p.organisation_id FROM cooperation_party p JOIN cooperation c ON c.id = p.cooperation_id WHERE c.form = 'iop'
    ),
    numbered AS (SELECT organisation_id, row_number() OVER (ORDER BY organisation_id) AS n FROM party)
    INSERT INTO organisation_document_absence (organisation_id, document_type, reason, recorded_at)
    SELECT organisation_id, t, 'Finns inte hos föreningen', now()
    FROM numbered CROSS JOIN unnest(ARRAY['statutes', 'idea_description', 'annual_meeting_minutes', 'annual_activity_report',
      'financial_report', 'audit_report', 'activity_plan_and_board', 'member_count']) AS t
    WHERE n % 3 <> 0`.execute(db);
  await sql`
    WITH party AS (
      SELECT DISTINCT p.organisation_id FROM cooperation_party p JOIN cooperation c ON c.id = p.cooperation_id WHERE c.form = 'iop'
    ),
    numbered AS (SELECT organisation_id, row_number() OVER (ORDER BY organisation_id) AS n FROM party)
    INSERT INTO organisation_document (organisation_id, document_type, year, file_id, uploaded_at)
    SELECT organisation_id, 'annual_activity_report', ${year - 2}, (SELECT id FROM file LIMIT 1), now()
    FROM numbered WHERE n % 6 = 1`.execute(db);

  // DEM-3: one assessment per party of a running cooperation, lapsing from 60 days ago to two years ahead.
  await sql`
    WITH party AS (
      SELECT DISTINCT p.organisation_id FROM cooperation_party p JOIN cooperation c ON c.id = p.cooperation_id
      WHERE c.status IN ('preparing', 'active', 'under_review')
    ),
    numbered AS (SELECT organisation_id, row_number() OVER (ORDER BY organisation_id) AS n FROM party)
    INSERT INTO democracy_assessment (organisation_id, result, conditions, exclusions, signed_by, signed_at, valid_until, prepared_by, prepared_at)
    SELECT organisation_id, 'eligible', '[]', '[]', ${userIds[0] ?? null}, now() - interval '1 year', ${today}::date - 60 + (n % 790)::int,
      ${userIds[0] ?? null}, now() - interval '1 year'
    FROM numbered`.execute(db);

  // IOP-9: reports submitted for a tenth of the running cooperations' first parties.
  await sql`
    INSERT INTO partner_report (cooperation_id, organisation_id, period, follow_up_text, status, submitted_at, created_at, updated_at)
    SELECT c.id, p.organisation_id, ${`${year}-H1`}, 'Verksamheten har gått enligt plan', 'submitted', now() - interval '10 days', now(), now()
    FROM cooperation c
    JOIN LATERAL (SELECT organisation_id FROM cooperation_party WHERE cooperation_id = c.id ORDER BY organisation_id LIMIT 1) p ON true
    WHERE c.status = 'active' AND c.case_sequence % 10 = 0`.execute(db);

  // AGR-4: 5,000 deviations reported over the last 120 days, routed to staff, one action each.
  await sql`
    INSERT INTO deviation (description, place_kind, cooperation_id, severity, occurred_on, status, route_reason, routed_user_id,
      decision, reported_on, reported_at, updated_at)
    SELECT 'Avvikelse ' || n || ': deltagarlistan kom inte in i tid', 'cooperation', c.id, (ARRAY['low', 'medium', 'high'])[1 + n % 3],
      ${today}::date - n % 120, CASE WHEN n % 4 = 0 THEN 'handled' ELSE 'reported' END, 'responsible_manager',
      (${userIds}::uuid[])[1 + n % ${userIds.length}], CASE WHEN n % 4 = 0 THEN 'Rutinen förtydligas' END,
      ${today}::date - n % 120, now(), now()
    FROM generate_series(1, 5000) AS n
    JOIN LATERAL (SELECT id FROM cooperation WHERE case_sequence = 1 + n % 900 ORDER BY case_year LIMIT 1) c ON true`.execute(db);
  await sql`
    INSERT INTO deviation_action (deviation_id, text, owner_user_id, due_date, done)
    SELECT d.id, 'Påminn om rutinen', d.routed_user_id, d.reported_on + 20, row_number() OVER (ORDER BY d.id) % 3 = 0
    FROM deviation d`.execute(db);

  const count = async (table: string) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]?.n ?? 0);
  const tables = ['governance_body', 'governance_member', 'governance_decision', 'governance_cycle_task', 'follow_up_record', 'organisation_document_absence', 'organisation_document', 'democracy_assessment', 'partner_report', 'deviation', 'deviation_action'];
  const counts: WorkQueueCounts = {};
  for (const table of tables) counts[table] = await count(table);
  return counts;
}

