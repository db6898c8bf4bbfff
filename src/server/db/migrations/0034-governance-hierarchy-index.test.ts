import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainStatements, planNodes, planText } from '../../../../tests/support/explain';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { findBodiesBelow } from '../../modules/governance/spread.repository';
import type { DatabaseHandle } from '../database';

// Migration 0034: the bodies below a body (AGR-8's spreading, a cluster's reach) are read level by
// level through an index on `reports_to_id`, not by scanning every governance body.

let handle: DatabaseHandle;
let top: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  top = (await db.insertInto('governance_body').values({ type: 'strategic_steering_group', name: 'Strategisk', mandate: null, reports_to_id: null }).returning('id').executeTakeFirstOrThrow()).id;
  // Many unrelated steering groups, three of which report upwards, and one chain below the top.
  await sql`
    INSERT INTO governance_body (type, name, mandate, reports_to_id)
    SELECT 'steering_group', 'Styrgrupp ' || g, NULL, NULL FROM generate_series(1, 3000) g`.execute(db);
  const operative = (await db.insertInto('governance_body').values({ type: 'operative_steering_group', name: 'Operativ', mandate: null, reports_to_id: top }).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('governance_body').values([1, 2, 3].map((n) => ({ type: 'cluster', name: `Kluster ${n}`, mandate: null, reports_to_id: operative }))).execute();
  await sql`ANALYZE governance_body`.execute(db);
}, 60_000);
afterAll(() => handle.close());

describe('migration 0034: the governance hierarchy by index (AGR-8)', () => {
  it('finds the bodies below through governance_body_reports_to_idx, every level', async () => {
    let below: Awaited<ReturnType<typeof findBodiesBelow>> = [];
    const [statement] = await explainStatements(handle.db, async (db) => {
      below = await findBodiesBelow(db, top);
    });
    expect(below.map((b) => b.depth)).toEqual([1, 2, 2, 2]);
    const plan = statement!.plan;
    const nodes = planNodes(plan);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'governance_body'), planText(plan)).toEqual([]);
    // Both the first level and the recursive step look up the index.
    expect(nodes.filter((n) => n['Index Name'] === 'governance_body_reports_to_idx').length, planText(plan)).toBe(2);
  });
});
