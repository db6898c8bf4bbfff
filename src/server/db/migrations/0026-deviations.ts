import { type Kysely, sql } from 'kysely';

/**
 * Deviations (avvikelser, AGR-4): reported by staff or a partner, routed when reported to the body
 * or person that handles them (kept on the row, so a later change of bodies does not move an open
 * deviation silently), handled with actions, owners and due dates and a decision, and closed with a
 * conclusion.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE deviation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      description text NOT NULL,
      place_kind text NOT NULL CHECK (place_kind IN ('cooperation', 'body', 'routine')),
      cooperation_id uuid REFERENCES cooperation(id),
      body_id uuid REFERENCES governance_body(id),
      routine text,
      severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
      occurred_on date NOT NULL,
      status text NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'handled', 'closed')),
      route_reason text NOT NULL CHECK (route_reason IN ('strategic_steering_group', 'steering_group', 'responsible_manager', 'body', 'unrouted')),
      routed_body_id uuid REFERENCES governance_body(id),
      routed_user_id uuid REFERENCES app_user(id),
      decision text,
      governance_decision_id uuid REFERENCES governance_decision(id),
      decided_by uuid REFERENCES app_user(id),
      decided_at timestamptz,
      conclusion text,
      closed_by uuid REFERENCES app_user(id),
      closed_at timestamptz,
      reported_by uuid REFERENCES app_user(id),
      reported_on date NOT NULL,
      reported_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (place_kind <> 'cooperation' OR cooperation_id IS NOT NULL),
      CHECK (place_kind <> 'body' OR body_id IS NOT NULL),
      CHECK (place_kind <> 'routine' OR routine IS NOT NULL),
      CHECK (status = 'reported' OR decision IS NOT NULL),
      CHECK (status <> 'closed' OR conclusion IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX deviation_status_idx ON deviation (status, reported_at)`.execute(db);
  await sql`CREATE INDEX deviation_cooperation_idx ON deviation (cooperation_id)`.execute(db);
  await sql`
    CREATE TABLE deviation_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      deviation_id uuid NOT NULL REFERENCES deviation(id),
      text text NOT NULL,
      owner_user_id uuid NOT NULL REFERENCES app_user(id),
      due_date date NOT NULL,
      done boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX deviation_action_deviation_idx ON deviation_action (deviation_id)`.execute(db);
  await sql`CREATE INDEX deviation_action_due_idx ON deviation_action (due_date) WHERE NOT done`.execute(db);
}
