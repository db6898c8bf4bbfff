import { type Kysely, sql } from 'kysely';

/**
 * Governance (AGR-3, IOP-6): bodies with mandate, members (organisation + role title, optionally
 * a user), linked cooperations, meetings with attendees and action items, and joint decisions
 * with one vote per member. Nothing is deleted: bodies close and members are deactivated.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE governance_body (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type text NOT NULL,
      name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
      mandate text,
      permanent boolean NOT NULL DEFAULT true,
      reports_to_id uuid REFERENCES governance_body(id),
      cadence text NOT NULL DEFAULT 'none' CHECK (cadence IN ('per_semester', 'none')),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (reports_to_id IS NULL OR reports_to_id <> id)
    )`.execute(db);
  await sql`CREATE INDEX governance_body_name_idx ON governance_body (lower(name), id)`.execute(db);

  await sql`
    CREATE TABLE governance_body_cooperation (
      body_id uuid NOT NULL REFERENCES governance_body(id),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      PRIMARY KEY (body_id, cooperation_id)
    )`.execute(db);
  await sql`CREATE INDEX governance_body_cooperation_coop_idx ON governance_body_cooperation (cooperation_id, body_id)`.execute(db);

  await sql`
    CREATE TABLE governance_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      role_title text NOT NULL CHECK (char_length(btrim(role_title)) BETWEEN 1 AND 200),
      user_id uuid REFERENCES app_user(id),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX governance_member_body_idx ON governance_member (body_id)`.execute(db);
  // A steering member's access and votes are found from the user.
  await sql`CREATE INDEX governance_member_user_idx ON governance_member (user_id) WHERE user_id IS NOT NULL`.execute(db);

  // Attendees are member ids of the meeting's body; kept as an array because they are only ever
  // read and written with their meeting.
  await sql`
    CREATE TABLE governance_meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      meeting_date date NOT NULL,
      agenda text,
      minutes text,
      attendee_member_ids uuid[] NOT NULL DEFAULT '{}',
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX governance_meeting_body_idx ON governance_meeting (body_id, meeting_date DESC, id DESC)`.execute(db);

  await sql`
    CREATE TABLE governance_action_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES governance_meeting(id),
      text text NOT NULL CHECK (char_length(btrim(text)) BETWEEN 1 AND 2000),
      owner_member_id uuid REFERENCES governance_member(id),
      due_date date,
      done boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX governance_action_item_meeting_idx ON governance_action_item (meeting_id)`.execute(db);

  await sql`
    CREATE TABLE governance_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      body_id uuid NOT NULL REFERENCES governance_body(id),
      meeting_id uuid REFERENCES governance_meeting(id),
      text text NOT NULL CHECK (char_length(btrim(text)) BETWEEN 1 AND 5000),
      status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'decided', 'rejected')),
      proposed_by uuid REFERENCES app_user(id),
      proposed_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      version integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX governance_decision_body_idx ON governance_decision (body_id, proposed_at DESC)`.execute(db);

  // The organisation is kept as it was when the vote was cast: a member who later changes
  // organisation must not change whom an old approval counted for.
  await sql`
    CREATE TABLE governance_decision_vote (
      decision_id uuid NOT NULL REFERENCES governance_decision(id),
      member_id uuid NOT NULL REFERENCES governance_member(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      vote text NOT NULL CHECK (vote IN ('approve', 'reject')),
      user_id uuid REFERENCES app_user(id),
      at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (decision_id, member_id)
    )`.execute(db);
}
