import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCooperations } from '../../bench/generate-cooperations';
import { generateOrganisations } from '../../bench/generate';
import type { DatabaseHandle } from '../../src/server/db/database';
import { systemContext } from '../../src/server/http/request-context';
import { findOverviewRows, type OverviewFilter, type OverviewSort } from '../../src/server/modules/cooperations/overview.repository';
import { findOrganisationPage, toBaseFilter } from '../../src/server/modules/organisations/organisation.service';
import { organisationQuery } from '../../src/shared/organisations/organisation.schemas';
import { explainStatements, type PlanNode, planNodes, planText } from '../support/explain';
import { makeUser } from '../support/factories';
import { createTestDatabase } from '../support/test-database';

// Migration 0017: each common filter-and-order of the organisation list and the cooperation
// overview has an index that delivers the filtered rows in the page's order. Checked by the plans
// of the repositories' own statements on generated data large enough that the planner weighs
// the alternatives (walking the sort index past other rows, or reading every hit and sorting).

let database: DatabaseHandle;
let managerId: string;
const ctx = systemContext('test');

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await generateOrganisations(db, 4_000);
  const managers = await Promise.all(Array.from({ length: 8 }, (_, i) => makeUser(db, { roles: ['manager'], name: `Chef ${i}` })));
  managerId = managers[0]?.id ?? '';
  await generateCooperations(db, 3_000, managers.map((m) => m.id));
  // As autovacuum leaves a table in use: statistics, and the visibility map index-only scans need.
  await sql`VACUUM ANALYZE organisation`.execute(db);
  await sql`VACUUM ANALYZE cooperation`.execute(db);
}, 120_000);
afterAll(() => database.close());

/**
 * The page is read in the index's order from the filter's part of it: an (ordered) index scan of
 * that index on the filter's column and no sort anywhere (a count beside it may use a bitmap).
 */
function expectOrderedBy(plan: PlanNode, index: string, filterColumn: string) {
  const nodes = planNodes(plan);
  const scan = nodes.find((n) => n['Index Name'] === index && /^Index (Only )?Scan$/.test(n['Node Type']));
  expect(scan, planText(plan)).toBeDefined();
  expect(scan?.['Index Cond'] ?? '', planText(plan)).toContain(filterColumn);
  expect(nodes.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort'), planText(plan)).toEqual([]);
}

/** The plan of the statement that reads an organisation list page (the first one that orders). */
async function organisationPagePlan(query: Record<string, string>): Promise<PlanNode> {
  const q = organisationQuery.parse({ limit: '50', ...query });
  const filter = await toBaseFilter(database.db, ctx, q);
  const statements = await explainStatements(database.db, (db) => findOrganisationPage(db, filter, q));
  const page = statements.find((s) => /order by/i.test(s.sql));
  if (!page) throw new Error('no page statement ran');
  return page.plan;
}

async function overviewPagePlan(filter: Omit<OverviewFilter, 'today'>, sort: OverviewSort = 'caseNumber'): Promise<PlanNode> {
  const [page] = await explainStatements(database.db, (db) => findOverviewRows(db, { ...filter, today: ctx.today }, { sort, limit: 50 }));
  if (!page) throw new Error('no page statement ran');
  return page.plan;
}

describe('the organisation list reads a filtered page in order from a matching index', () => {
  it('one kind by name, its capped total counted from the same index alone', async () => {
    const plan = await organisationPagePlan({ kind: 'public_body', sort: 'name' });
    expectOrderedBy(plan, 'organisation_kind_name_idx', 'kind');
    const count = planNodes(plan).find((n) => n['Node Type'] === 'Index Only Scan');
    expect(count?.['Index Name'], planText(plan)).toBe('organisation_kind_name_idx');
  });

  it('one kind and one legal form by name', async () => {
    expectOrderedBy(await organisationPagePlan({ kind: 'civil_society', legalForm: 'foundation', sort: 'name' }), 'organisation_legal_form_name_idx', 'legal_form');
  });

  it('one legal form by name', async () => {
    expectOrderedBy(await organisationPagePlan({ legalForm: 'foundation', sort: 'name' }), 'organisation_legal_form_name_idx', 'legal_form');
  });

  it('a democracy status by name and by last change', async () => {
    expectOrderedBy(await organisationPagePlan({ democracyStatus: 'not_eligible', sort: 'name' }), 'organisation_democracy_name_idx', 'democracy_result');
    expectOrderedBy(await organisationPagePlan({ democracyStatus: 'not_eligible', sort: 'updated' }), 'organisation_democracy_updated_idx', 'democracy_result');
  });
});

describe('the cooperation overview reads a filtered page in order from a matching index', () => {
  it('one form, newest case number first', async () => {
    expectOrderedBy(await overviewPagePlan({ form: ['iop'] }), 'cooperation_form_case_idx', 'form');
  });

  it('one responsible manager and one unit, newest case number first', async () => {
    expectOrderedBy(await overviewPagePlan({ responsibleManagerId: managerId }), 'cooperation_manager_case_idx', 'responsible_manager_id');
    expectOrderedBy(await overviewPagePlan({ unitCode: 'homeless_unit' }), 'cooperation_unit_case_idx', 'unit_code');
  });

  it('by title, without reading and sorting every cooperation', async () => {
    const plan = await overviewPagePlan({}, 'title');
    const nodes = planNodes(plan);
    expect(nodes.some((n) => n['Index Name'] === 'cooperation_title_idx'), planText(plan)).toBe(true);
    expect(nodes.filter((n) => n['Node Type'] === 'Sort'), planText(plan)).toEqual([]);
  });
});
