import { type Kysely, sql } from 'kysely';

/**
 * Activity plans (AGR-2, IOP-7): per cooperation and year a plan of goals, each optionally tied to
 * one of the 17 Agenda 2030 goals, with indicators under each goal. A quantitative indicator has a
 * unit, a baseline, a target and the direction in which it improves; a qualitative one describes
 * the expected result and is assessed as met, partly met or not met with a motivation.
 *
 * The plan says whether it is measured per semester or per year. It is a draft until the
 * cooperation's steering body adopts it by a joint decision (IOP-6), recorded in `decision_id`.
 * The Agenda 2030 goals are reference data; AGR-2 names goals 1, 4, 5, 8 and 10.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE agenda_goal (
      number integer PRIMARY KEY CHECK (number BETWEEN 1 AND 17),
      name_sv text NOT NULL,
      name_en text NOT NULL,
      named_in_agreement boolean NOT NULL DEFAULT false
    )`.execute(db);
  await sql`
    INSERT INTO agenda_goal (number, name_sv, name_en, named_in_agreement) VALUES
      (1, 'Ingen fattigdom', 'No poverty', true),
      (2, 'Ingen hunger', 'Zero hunger', false),
      (3, 'God hälsa och välbefinnande', 'Good health and well-being', false),
      (4, 'God utbildning för alla', 'Quality education', true),
      (5, 'Jämställdhet', 'Gender equality', true),
      (6, 'Rent vatten och sanitet för alla', 'Clean water and sanitation', false),
      (7, 'Hållbar energi för alla', 'Affordable and clean energy', false),
      (8, 'Anständiga arbetsvillkor och ekonomisk tillväxt', 'Decent work and economic growth', true),
      (9, 'Hållbar industri, innovationer och infrastruktur', 'Industry, innovation and infrastructure', false),
      (10, 'Minskad ojämlikhet', 'Reduced inequalities', true),
      (11, 'Hållbara städer och samhällen', 'Sustainable cities and communities', false),
      (12, 'Hållbar konsumtion och produktion', 'Responsible consumption and production', false),
      (13, 'Bekämpa klimatförändringarna', 'Climate action', false),
      (14, 'Hav och marina resurser', 'Life below water', false),
      (15, 'Ekosystem och biologisk mångfald', 'Life on land', false),
      (16, 'Fredliga och inkluderande samhällen', 'Peace, justice and strong institutions', false),
      (17, 'Genomförande och globalt partnerskap', 'Partnerships for the goals', false)
  `.execute(db);
  await sql`
    CREATE TABLE activity_plan (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      period_kind text NOT NULL CHECK (period_kind IN ('semester', 'year')),
      summary text,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'proposed', 'adopted')),
      body_id uuid REFERENCES governance_body(id),
      decision_id uuid REFERENCES governance_decision(id),
      adopted_at timestamptz,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (cooperation_id, year),
      CHECK ((status = 'adopted') = (adopted_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX activity_plan_decision_idx ON activity_plan (decision_id) WHERE decision_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE plan_goal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES activity_plan(id) ON DELETE CASCADE,
      position integer NOT NULL,
      title text NOT NULL,
      description text,
      agenda_goal integer REFERENCES agenda_goal(number)
    )`.execute(db);
  await sql`CREATE INDEX plan_goal_plan_idx ON plan_goal (plan_id, position)`.execute(db);
  await sql`
    CREATE TABLE plan_indicator (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES activity_plan(id) ON DELETE CASCADE,
      goal_id uuid NOT NULL REFERENCES plan_goal(id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('quantitative', 'qualitative')),
      unit text,
      baseline double precision,
      target double precision,
      direction text CHECK (direction IN ('higher', 'lower')),
      expected_result text,
      assessment text CHECK (assessment IN ('met', 'partly', 'not_met')),
      assessment_motivation text,
      CHECK (kind = 'qualitative' OR (unit IS NOT NULL AND direction IS NOT NULL AND expected_result IS NULL AND assessment IS NULL)),
      CHECK (kind = 'quantitative' OR (expected_result IS NOT NULL AND unit IS NULL AND baseline IS NULL AND target IS NULL AND direction IS NULL)),
      CHECK (assessment IS NULL OR assessment_motivation IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX plan_indicator_plan_idx ON plan_indicator (plan_id, goal_id, position)`.execute(db);
  await sql`CREATE INDEX plan_indicator_goal_idx ON plan_indicator (goal_id)`.execute(db);
}
