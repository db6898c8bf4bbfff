import { type Kysely, sql } from 'kysely';

/**
 * The review group's yearly follow-up of running cooperations (INI-7): who attended a meeting
 * and the follow-ups recorded at it. A follow-up counts only at a held meeting an economist
 * attended, so attendance is kept per meeting.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The attendee's roles are kept as they were when the attendance was recorded: an economist
  // who later changes post must not make an old follow-up stop counting.
  await sql`
    CREATE TABLE review_meeting_attendee (
      meeting_id uuid NOT NULL REFERENCES review_meeting(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      roles text[] NOT NULL,
      PRIMARY KEY (meeting_id, user_id)
    )`.execute(db);

  await sql`
    CREATE TABLE review_follow_up (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id uuid NOT NULL REFERENCES review_meeting(id),
      cooperation_id uuid NOT NULL REFERENCES cooperation(id),
      assessment text NOT NULL CHECK (length(btrim(assessment)) > 0),
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (meeting_id, cooperation_id)
    )`.execute(db);
  // The due list looks up follow-ups per cooperation.
  await sql`CREATE INDEX review_follow_up_cooperation_idx ON review_follow_up (cooperation_id, meeting_id)`.execute(db);
}
