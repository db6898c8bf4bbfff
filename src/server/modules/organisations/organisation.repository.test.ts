import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../../db/database';
import { countOrganisations, findOrganisationById, findOrganisations, findOrganisationsForExport, findOrganisationsWithTotal } from './organisation.repository';
import { toOrganisationView } from './organisation.views';

// Views read the columns they show: not the search vector (the largest column, only ever matched
// in SQL), and the timestamps as the ISO text they print rather than as Dates formatted back.

let database: DatabaseHandle;
let id: string;
const today = '2026-06-01';
const viewColumns = [
  'id',
  'name',
  'kind',
  'legal_form',
  'org_number',
  'description',
  'member_count',
  'website',
  'street',
  'postal_code',
  'city',
  'districts',
  'areas',
  'contacts',
  'bankgiro',
  'plusgiro',
  'status',
  'democracy_result',
  'democracy_valid_until',
  'version',
  'created_at_iso',
  'updated_at_iso',
  'democracy_status',
].sort();

beforeAll(async () => {
  database = await createTestDatabase();
  ({ id } = await makeOrganisation(database.db, { name: 'Kolumnföreningen', description: 'Läxhjälp och språkcafé i Tensta' }));
  // Microseconds, as a timestamp written by the database itself has: the view shows milliseconds.
  await sql`UPDATE organisation SET created_at = '2026-03-04 05:06:07.123999+00', updated_at = '2026-05-06 07:08:09.5+02' WHERE id = ${id}`.execute(database.db);
});
afterAll(() => database.close());

describe('organisation rows for views', () => {
  it('one organisation: the view columns only, no search vector', async () => {
    const row = await findOrganisationById(database.db, id, today);
    expect(Object.keys(row ?? {}).sort()).toEqual(viewColumns);
  });

  it('a list page: the view columns only, no search vector', async () => {
    const rows = await findOrganisations(database.db, { status: 'active', today }, { sort: 'name', limit: 10 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(viewColumns);
  });

  it('timestamps come as the ISO text Date#toISOString gives, in UTC with milliseconds', async () => {
    const row = await findOrganisationById(database.db, id, today);
    expect(row?.created_at_iso).toBe('2026-03-04T05:06:07.123Z');
    expect(row?.updated_at_iso).toBe('2026-05-06T05:08:09.500Z');
    const stored = await database.db.selectFrom('organisation').select(['created_at', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row && toOrganisationView(row)).toMatchObject({ createdAt: stored.created_at.toISOString(), updatedAt: stored.updated_at.toISOString() });
  });

  it('the export keeps its time as a Date (the spreadsheet shows it in the configured time zone), without the search vector', async () => {
    const [row] = await findOrganisationsForExport(database.db, { status: 'active', q: 'Kolumnföreningen', today }, 10);
    expect(row?.updated_at).toBeInstanceOf(Date);
    expect(Object.keys(row ?? {})).not.toContain('search_vector');
  });
});

describe('a list page with its total in one statement', () => {
  it('gives the page findOrganisations gives and the capped count countOrganisations gives', async () => {
    for (const name of ['Totalen A', 'Totalen B', 'Totalen C']) await makeOrganisation(database.db, { name, kind: 'employer', legalForm: 'limited_company' });
    const filter = { status: 'active' as const, kind: 'employer' as const, today };
    const order = { sort: 'name' as const, limit: 2 };
    const { rows, total } = await findOrganisationsWithTotal(database.db, filter, order, 2);
    expect(rows).toEqual(await findOrganisations(database.db, filter, order));
    expect(total).toBe(await countOrganisations(database.db, filter, 2));
    expect(total).toBe(3);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(viewColumns);
  });

  it('gives an empty page and a total of 0 when nothing matches, and the total past the last page', async () => {
    const empty = await findOrganisationsWithTotal(database.db, { status: 'archived', kind: 'public_body', today }, { sort: 'name', limit: 5 }, 10);
    expect(empty).toEqual({ rows: [], total: 0 });
    const filter = { status: 'active' as const, kind: 'employer' as const, today };
    const pastTheEnd = await findOrganisationsWithTotal(database.db, filter, { sort: 'name', limit: 5, after: ['ö', 'ffffffff-ffff-4fff-bfff-ffffffffffff'] }, 10);
    expect(pastTheEnd).toEqual({ rows: [], total: 3 });
  });
});
