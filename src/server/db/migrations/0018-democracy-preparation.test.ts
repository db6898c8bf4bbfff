import { type Migration, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { democracyStatus } from '../../../shared/organisations/democracy.rules';
import { type DatabaseHandle, openDatabase } from '../database';
import { migrateToLatest } from '../migrations';
import { findAssessments } from '../../modules/organisations/democracy.repository';
import { toAssessmentView } from '../../modules/organisations/democracy.views';
import * as m0001 from './0001-platform';
import * as m0002 from './0002-files';
import * as m0003 from './0003-organisations';
import * as m0004 from './0004-cooperations';
import * as m0005 from './0005-organisation-search';
import * as m0007 from './0007-review-follow-up';
import * as m0008 from './0008-governance';
import * as m0009 from './0009-public-iop';
import * as m0010 from './0010-agreements';
import * as m0011 from './0011-agreement-lifecycle';
import * as m0012 from './0012-governance-structure';

// The schema as it stood before 0018, to store an assessment the way it was signed then.
const before0018: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-files': m0002,
  '0003-organisations': m0003,
  '0004-cooperations': m0004,
  '0005-organisation-search': m0005,
  '0007-review-follow-up': m0007,
  '0008-governance': m0008,
  '0009-public-iop': m0009,
  '0010-agreements': m0010,
  '0011-agreement-lifecycle': m0011,
  '0012-governance-structure': m0012,
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => before0018 } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
});
afterAll(() => handle?.close());

describe('migration 0018: assessments prepared by officers, signed by managers (DEM-3)', () => {
  it('DEM-1/DEM-2: signed assessments from before keep their answers and meaning; the signer becomes the preparer', async () => {
    const db = handle.db;
    const user = await sql<{ id: string }>`
      INSERT INTO app_user (email, name, roles, password_hash, status, created_at, updated_at)
      VALUES ('chef@test.se', 'Chefen', '{manager}', 'x', 'active', now(), now()) RETURNING id`.execute(db);
    const userId = user.rows[0]!.id;
    const org = await sql<{ id: string }>`
      INSERT INTO organisation (name, kind, legal_form) VALUES ('Gamla föreningen', 'civil_society', 'non_profit_association') RETURNING id`.execute(db);
    const organisationId = org.rows[0]!.id;
    // As signed before 0018: every answer motivated; ground `no_good_economic_order` applies.
    const conditions = [
      { condition: 'no_violence_or_coercion', met: true, justification: 'Stadgarna', evidence: [] },
      { condition: 'no_discrimination', met: true, justification: 'Stadgarna', evidence: [] },
      { condition: 'no_justification_of_such_acts', met: true, justification: 'Stadgarna', evidence: [] },
      { condition: 'no_counteracting_democracy', met: true, justification: 'Stadgarna', evidence: [] },
    ];
    const exclusions = [
      { ground: 'outside_mission', applies: false, justification: 'Bedömt', evidence: [] },
      { ground: 'no_identified_need', applies: false, justification: 'Bedömt', evidence: [] },
      { ground: 'advocates_violence_alcohol_or_drugs', applies: false, justification: 'Bedömt', evidence: [] },
      { ground: 'no_good_economic_order', applies: true, justification: 'Ingen revisionsberättelse', evidence: [] },
      { ground: 'negative_effects_for_participants', applies: false, justification: 'Bedömt', evidence: [] },
    ];
    await sql`
      INSERT INTO democracy_assessment (organisation_id, result, conditions, exclusions, summary, signed_by, signed_at, valid_until)
      VALUES (${organisationId}, 'not_eligible', ${JSON.stringify(conditions)}::jsonb, ${JSON.stringify(exclusions)}::jsonb,
              'Äldre bedömning', ${userId}, '2025-03-01T10:00:00Z', '2026-03-01')`.execute(db);

    expect(await migrateToLatest(db)).toContain('0018-democracy-preparation');

    const [row] = await findAssessments(db, organisationId);
    const view = toAssessmentView(row!);
    expect(view.conditions).toEqual(conditions);
    expect(view.exclusions).toEqual(exclusions);
    expect(view).toMatchObject({
      result: 'not_eligible',
      basis: null,
      evidence: [],
      summary: 'Äldre bedömning',
      preparedBy: { id: userId, name: 'Chefen' },
      preparedAt: view.signedAt,
      signedBy: { id: userId, name: 'Chefen' },
      reviewChanges: [],
    });
    expect(democracyStatus({ assessments: [{ id: view.id, result: view.result, signedAt: view.signedAt, validUntil: view.validUntil }] }, '2025-06-01')).toBe(
      'not_eligible',
    );
  });

  it('allows one open draft per organisation, and any number of closed ones', async () => {
    const db = handle.db;
    const { rows } = await sql<{ org: string; user: string }>`
      SELECT (SELECT id FROM organisation LIMIT 1) AS org, (SELECT id FROM app_user LIMIT 1) AS user`.execute(db);
    const { org, user } = rows[0]!;
    const insert = (status: string) => sql`
      INSERT INTO democracy_assessment_draft (organisation_id, status, conditions, exclusions, created_by)
      VALUES (${org}, ${status}, '[]'::jsonb, '[]'::jsonb, ${user})`.execute(db);
    await insert('discarded');
    await insert('discarded');
    await insert('draft');
    await expect(insert('draft')).rejects.toThrow();
  });
});
