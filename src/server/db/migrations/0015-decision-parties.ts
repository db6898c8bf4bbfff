import { type Kysely, sql } from 'kysely';

/**
 * The decision-making parties of each governance body (IOP-6: "no party decides alone" is about
 * the cooperation's parties). Until now every organisation with an active member counted as a
 * party, so members from organisations outside the cooperation (Samordningsförbundet and
 * Storsthlm in the bodies of the agreement with Arbetsförmedlingen) could block its decisions.
 * Now the parties are recorded per body: a decision is taken when every party has approved, and
 * members from other organisations take part without a vote.
 *
 * A table of its own rather than a flag on members: a party is an organisation, not a person —
 * it stays a party while its representatives change, and it may be a party before its first
 * representative is appointed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE governance_body_party (
      body_id uuid NOT NULL REFERENCES governance_body(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (body_id, organisation_id)
    )`.execute(db);
  await backfillDecisionParties(db);
}

/**
 * Records the parties of the bodies that have none yet, and settles the open decisions that the
 * parties have already taken together.
 *
 * A body that governs cooperations gets the parties of those cooperations: the partner
 * organisations registered on them and the parties of their agreements' current versions (which name the city's
 * own organisation as the signing party). When no agreement names the city yet, the city is the
 * organisation that signs agreements on the administration's side elsewhere in the register (a
 * party to an agreement without being a party of its cooperation). A body outside any cooperation
 * keeps the rule it had: the organisations of its active members.
 *
 * Decisions already decided or rejected stay as they were taken. A proposed decision that every
 * party has now approved, without a rejection by a party, is decided (its votes are its record).
 */
export async function backfillDecisionParties(db: Kysely<any>): Promise<void> {
  await sql`
    WITH pending AS (
      SELECT b.id FROM governance_body b
      WHERE NOT EXISTS (SELECT 1 FROM governance_body_party p WHERE p.body_id = b.id)
    ),
    agreement_parties AS (
      SELECT a.cooperation_id, (e.value->>'organisationId')::uuid AS organisation_id
      FROM agreement a
      JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.current_version
      CROSS JOIN LATERAL jsonb_array_elements(v.parties) e
    ),
    administration AS (
      SELECT DISTINCT ap.organisation_id FROM agreement_parties ap
      WHERE NOT EXISTS (
        SELECT 1 FROM cooperation_party cp WHERE cp.cooperation_id = ap.cooperation_id AND cp.organisation_id = ap.organisation_id
      )
    ),
    from_cooperations AS (
      SELECT l.body_id, cp.organisation_id FROM governance_body_cooperation l
      JOIN cooperation_party cp ON cp.cooperation_id = l.cooperation_id
      UNION
      SELECT l.body_id, ap.organisation_id FROM governance_body_cooperation l
      JOIN agreement_parties ap ON ap.cooperation_id = l.cooperation_id
    ),
    city_missing AS (
      SELECT DISTINCT l.body_id FROM governance_body_cooperation l
      WHERE NOT EXISTS (
        SELECT 1 FROM from_cooperations f WHERE f.body_id = l.body_id
          AND NOT EXISTS (SELECT 1 FROM governance_body_cooperation l2 JOIN cooperation_party cp ON cp.cooperation_id = l2.cooperation_id
                          WHERE l2.body_id = f.body_id AND cp.organisation_id = f.organisation_id)
      )
    ),
    from_members AS (
      SELECT DISTINCT m.body_id, m.organisation_id FROM governance_member m
      WHERE m.active AND NOT EXISTS (SELECT 1 FROM governance_body_cooperation l WHERE l.body_id = m.body_id)
    ),
    chosen AS (
      SELECT body_id, organisation_id FROM from_cooperations
      UNION
      SELECT c.body_id, a.organisation_id FROM city_missing c CROSS JOIN administration a
      UNION
      SELECT body_id, organisation_id FROM from_members
    )
    INSERT INTO governance_body_party (body_id, organisation_id)
    SELECT c.body_id, c.organisation_id FROM chosen c
    JOIN pending p ON p.id = c.body_id
    JOIN organisation o ON o.id = c.organisation_id
    ON CONFLICT DO NOTHING`.execute(db);

  await sql`
    UPDATE governance_decision d
    SET status = 'decided', decided_at = now(), version = d.version + 1
    WHERE d.status = 'proposed'
      AND EXISTS (SELECT 1 FROM governance_body_party p WHERE p.body_id = d.body_id)
      AND NOT EXISTS (
        SELECT 1 FROM governance_body_party p WHERE p.body_id = d.body_id
          AND NOT EXISTS (SELECT 1 FROM governance_decision_vote v
                          WHERE v.decision_id = d.id AND v.organisation_id = p.organisation_id AND v.vote = 'approve')
      )
      AND NOT EXISTS (
        SELECT 1 FROM governance_decision_vote v
        JOIN governance_body_party p ON p.body_id = d.body_id AND p.organisation_id = v.organisation_id
        WHERE v.decision_id = d.id AND v.vote = 'reject'
      )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE governance_body_party`.execute(db);
}
