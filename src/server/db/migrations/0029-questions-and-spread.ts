import { type Kysely, sql } from 'kysely';

/**
 * Questions raised and decisions spread between governance bodies (AGR-8, 003 §5–6): a body raises
 * a question it cannot solve to the body it reports to, which answers it or passes it further up
 * (a new question pointing back at the one passed on, so the chain stays visible); a decided
 * decision is spread to the bodies below, and each member of a receiving body marks it seen.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE governance_question (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      raised_by_body_id uuid NOT NULL REFERENCES governance_body(id),
      raised_to_body_id uuid NOT NULL REFERENCES governance_body(id),
      text text NOT NULL,
      unresolved_reason text NOT NULL,
      meeting_id uuid REFERENCES governance_meeting(id),
      forwarded_from_id uuid UNIQUE REFERENCES governance_question(id),
      origin_id uuid REFERENCES governance_question(id),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'raised_further')),
      raised_by uuid REFERENCES app_user(id),
      raised_at timestamptz NOT NULL DEFAULT now(),
      answer text,
      answer_decision_id uuid REFERENCES governance_decision(id),
      answered_by uuid REFERENCES app_user(id),
      answered_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (raised_by_body_id <> raised_to_body_id),
      CHECK (status <> 'answered' OR (answer IS NOT NULL AND answered_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX governance_question_to_open_idx ON governance_question (raised_to_body_id) WHERE status = 'open'`.execute(db);
  await sql`CREATE INDEX governance_question_to_idx ON governance_question (raised_to_body_id, raised_at)`.execute(db);
  await sql`CREATE INDEX governance_question_origin_idx ON governance_question (origin_id) WHERE origin_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX governance_question_by_idx ON governance_question (raised_by_body_id, raised_at)`.execute(db);
  await sql`
    CREATE TABLE governance_decision_spread (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      decision_id uuid NOT NULL REFERENCES governance_decision(id),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      spread_by uuid REFERENCES app_user(id),
      spread_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (decision_id, body_id)
    )`.execute(db);
  await sql`CREATE INDEX governance_decision_spread_body_idx ON governance_decision_spread (body_id, spread_at)`.execute(db);
  await sql`
    CREATE TABLE governance_decision_spread_seen (
      spread_id uuid NOT NULL REFERENCES governance_decision_spread(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      member_id uuid NOT NULL REFERENCES governance_member(id),
      seen_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (spread_id, user_id)
    )`.execute(db);
}
