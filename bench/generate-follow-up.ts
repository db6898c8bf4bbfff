import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';
import { seededRandom } from './generate';

/** What `generateFollowUp` inserted. */
export type FollowUpCounts = { plans: number; indicators: number; sheets: number; cells: number; agreements: number; outcomes: number };

const indicatorNames = ['Deltagare', 'Deltagare som påbörjat arbete', 'Deltagare som påbörjat studier'];
const goalTitles = ['Fler i arbete', 'Stärkt språk och delaktighet', 'Fler unga i studier', 'Jämställd etablering'];

/**
 * Inserts follow-up data for every cooperation, in bulk (INSERT … SELECT over arrays drawn with
 * `seededRandom`, so every run has the same data): an adopted plan per semester for 2025 and 2026
 * with one goal and 2–3 quantitative indicators (the same names both years, so a grid finds last
 * year's figures); the 2026-H1 sheet of every plan and the 2025-H2 sheet of two thirds, each with a
 * total and the three genders per indicator (women + men + other = total, as AGR-6 requires);
 * and for `economyShare` of the cooperations an agreement whose current version budgets money and
 * in kind per party for both years, with 2–4 outcome entries per party and year (IOP-9).
 */
export async function generateFollowUp(pool: Db, economyShare = 1 / 3): Promise<FollowUpCounts> {
  // One connection throughout: the drawn values live in a temporary table of its session.
  return pool.connection().execute((db) => generateOn(db, economyShare));
}

async function generateOn(db: Db, economyShare: number): Promise<FollowUpCounts> {
  const random = seededRandom(11);
  const cooperations = await db.selectFrom('cooperation').select('id').orderBy('case_year').orderBy('case_sequence').execute();
  const ids = cooperations.map((c) => c.id);
  const indicatorCounts = ids.map(() => (random() < 0.5 ? 2 : 3));
  const seeds = ids.map(() => Math.floor(random() * 1_000_000));
  const earlierSheet = ids.map(() => random() < 2 / 3);
  const withEconomy = ids.map(() => random() < economyShare);
  const goals = ids.map(() => Math.floor(random() * goalTitles.length));

  // The input as a table: one row per cooperation with what was drawn for it.
  await sql`CREATE TEMPORARY TABLE bench_follow_up AS
    SELECT * FROM unnest(${ids}::uuid[], ${indicatorCounts}::int[], ${seeds}::int[], ${earlierSheet}::boolean[], ${withEconomy}::boolean[], ${goals}::int[])
      AS t (cooperation_id, indicators, seed, earlier_sheet, economy, goal)`.execute(db);

  await sql`
    INSERT INTO activity_plan (cooperation_id, year, period_kind, summary, status, adopted_at, created_at, updated_at)
    SELECT f.cooperation_id, y.year, 'semester', 'Verksamhetsplan ' || y.year, 'adopted',
      make_timestamptz(y.year - 1, 12, 15, 12, 0, 0, 'UTC'), make_timestamptz(y.year - 1, 11, 1, 12, 0, 0, 'UTC'), make_timestamptz(y.year - 1, 12, 15, 12, 0, 0, 'UTC')
    FROM bench_follow_up f CROSS JOIN (VALUES (2025), (2026)) AS y (year)`.execute(db);
  await sql`
    INSERT INTO plan_goal (plan_id, position, title, description, agenda_goal)
    SELECT p.id, 1, (${goalTitles}::text[])[f.goal + 1], 'Målet följs upp per termin.', (ARRAY[1, 4, 5, 8, 10])[f.goal + 1]
    FROM activity_plan p JOIN bench_follow_up f USING (cooperation_id)`.execute(db);
  await sql`
    INSERT INTO plan_indicator (plan_id, goal_id, position, name, kind, unit, baseline, target, direction)
    SELECT p.id, g.id, n, (${indicatorNames}::text[])[n], 'quantitative', 'personer', (f.seed % 20) * n, 20 + (f.seed % 40) * n, 'higher'
    FROM activity_plan p JOIN bench_follow_up f USING (cooperation_id) JOIN plan_goal g ON g.plan_id = p.id
    CROSS JOIN LATERAL generate_series(1, f.indicators) AS n`.execute(db);
  await sql`
    INSERT INTO measurement_sheet (plan_id, period, updated_at)
    SELECT p.id, CASE p.year WHEN 2026 THEN '2026-H1' ELSE '2025-H2' END, make_timestamptz(p.year, CASE p.year WHEN 2026 THEN 6 ELSE 12 END, 20, 12, 0, 0, 'UTC')
    FROM activity_plan p JOIN bench_follow_up f USING (cooperation_id)
    WHERE p.year = 2026 OR f.earlier_sheet`.execute(db);
  // Women, men and other from the seed and the indicator's position; the total is their sum.
  await sql`
    WITH parts AS (
      SELECT s.id AS sheet_id, i.id AS indicator_id,
        ((f.seed / 7 + i.position * 13 + p.year) % 40)::double precision AS women,
        ((f.seed / 11 + i.position * 5 + p.year) % 35)::double precision AS men,
        ((f.seed + i.position) % 3)::double precision AS other
      FROM measurement_sheet s JOIN activity_plan p ON p.id = s.plan_id JOIN bench_follow_up f USING (cooperation_id)
      JOIN plan_indicator i ON i.plan_id = p.id
    )
    INSERT INTO measurement_cell (sheet_id, indicator_id, dimension, category, value, unknown)
    SELECT sheet_id, indicator_id, c.dimension, c.category, c.value, false
    FROM parts CROSS JOIN LATERAL (VALUES
      (NULL::text, NULL::text, women + men + other),
      ('gender', 'women', women),
      ('gender', 'men', men),
      ('gender', 'other', other)) AS c (dimension, category, value)`.execute(db);

  // IOP-9: an agreement per cooperation with economy, its current version budgeting every party.
  await sql`
    INSERT INTO agreement (cooperation_id, title, status, created_at, updated_at)
    SELECT cooperation_id, 'Överenskommelse om idéburet offentligt partnerskap', 'signed', '2024-12-01T12:00:00Z', '2024-12-01T12:00:00Z'
    FROM bench_follow_up WHERE economy`.execute(db);
  await sql`
    INSERT INTO agreement_version (agreement_id, number, start_date, end_date, parties, economy, created_at)
    SELECT a.id, 1, '2025-01-01', '2026-12-31',
      (SELECT jsonb_agg(jsonb_build_object('organisationId', cp.organisation_id, 'signatory', 'Ordförande') ORDER BY cp.organisation_id)
        FROM cooperation_party cp WHERE cp.cooperation_id = a.cooperation_id),
      (SELECT jsonb_agg(jsonb_build_object('year', y, 'organisationId', cp.organisation_id, 'moneySek', 100000 + (f.seed % 50) * 10000, 'inKindSek', 20000 + (f.seed % 10) * 5000, 'note', NULL) ORDER BY y, cp.organisation_id)
        FROM cooperation_party cp CROSS JOIN generate_series(2025, 2026) AS y WHERE cp.cooperation_id = a.cooperation_id),
      '2024-12-01T12:00:00Z'
    FROM agreement a JOIN bench_follow_up f USING (cooperation_id)`.execute(db);
  await sql`
    INSERT INTO economy_outcome (cooperation_id, year, organisation_id, occurred_on, amount_sek, kind, reference, created_at, updated_at)
    SELECT f.cooperation_id, y, cp.organisation_id, make_date(y, 1 + (f.seed + n * 3) % 12, 1 + (f.seed + n) % 28),
      5000 + ((f.seed / 3 + n * 7919) % 60) * 1000, CASE WHEN n % 3 = 0 THEN 'in_kind' ELSE 'money' END,
      'Verifikation ' || y || '-' || n, make_timestamptz(y, 12, 31, 12, 0, 0, 'UTC'), make_timestamptz(y, 12, 31, 12, 0, 0, 'UTC')
    FROM bench_follow_up f JOIN cooperation_party cp USING (cooperation_id)
    CROSS JOIN generate_series(2025, 2026) AS y
    CROSS JOIN LATERAL generate_series(1, 2 + (f.seed + y) % 3) AS n
    WHERE f.economy`.execute(db);
  await sql`DROP TABLE bench_follow_up`.execute(db);

  const count = async (table: 'activity_plan' | 'plan_indicator' | 'measurement_sheet' | 'measurement_cell' | 'agreement' | 'economy_outcome') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    plans: await count('activity_plan'),
    indicators: await count('plan_indicator'),
    sheets: await count('measurement_sheet'),
    cells: await count('measurement_cell'),
    agreements: await count('agreement'),
    outcomes: await count('economy_outcome'),
  };
}

/**
 * IOP-6: a steering group for every IOP, with a meeting in each semester of 2025 and 2026, as the
 * cooperations benchmark seeds them; the grid looks for clusters through these bodies and the
 * economy view lists their meetings for reconciliation.
 */
export async function generateSteeringGroups(db: Db): Promise<void> {
  await sql`
    WITH iop AS (SELECT id, row_number() OVER (ORDER BY case_year, case_sequence) AS n FROM cooperation WHERE form = 'iop'),
    body AS (
      INSERT INTO governance_body (type, name, cadence)
      SELECT 'steering_group', 'Styrgrupp ' || n, 'per_semester' FROM iop
      RETURNING id, name
    ),
    linked AS (
      INSERT INTO governance_body_cooperation (body_id, cooperation_id)
      SELECT body.id, iop.id FROM body JOIN iop ON body.name = 'Styrgrupp ' || iop.n
      RETURNING body_id, cooperation_id
    )
    INSERT INTO governance_meeting (body_id, meeting_date)
    SELECT linked.body_id, d::date FROM linked CROSS JOIN (VALUES ('2025-03-15'), ('2025-10-15'), ('2026-03-15'), ('2026-10-15')) AS m (d)`.execute(db);
}
