import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { CommitteeReportView } from '../../../shared/reports/committee-report.schemas';
import { seedDemo } from './demo';

// OVR-2: the demo's cooperations carry the lifecycle days of their history, so the committee's
// report for the years before the demo was loaded shows what ran then.

let t: TestApp;
let officer: Session;
let cooperations: { title: string; start_date: string | null; activated_on: string | null; ended_on: string | null }[];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, t.app.fileStorage);
  officer = await t.loginAs('officer');
  cooperations = await t.database.db.selectFrom('cooperation').select(['title', 'start_date', 'activated_on', 'ended_on']).orderBy('case_sequence').execute();
}, 240_000);
afterAll(() => t.close());

describe('the demo lifecycle days (OVR-2)', () => {
  it('OVR-2: each demo cooperation became active on its start date, not on the day the demo was loaded', () => {
    const active = cooperations.filter((c) => c.activated_on !== null);
    expect(active.length).toBeGreaterThanOrEqual(6);
    for (const c of active) expect(c.activated_on, c.title).toBe(c.start_date);
  });

  it('OVR-2: the committee report for a past year counts the demo cooperations in force and new then', async () => {
    const year = Math.min(...cooperations.filter((c) => c.activated_on).map((c) => Number(c.activated_on!.slice(0, 4)))) + 8;
    const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?year=${year}` });
    expect(response.statusCode, response.body).toBe(200);
    const forms = (response.json() as CommitteeReportView).sections.find((s) => s.key === 'forms')!.tables[0]!;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const running = cooperations.filter((c) => c.activated_on && c.activated_on <= to && (!c.ended_on || c.ended_on >= from));
    const started = running.filter((c) => c.activated_on! >= from);
    expect(running.length).toBeGreaterThan(0);
    expect(forms.rows.at(-1)?.cells.slice(0, 3)).toEqual(['Totalt', running.length, started.length]);
  });
});
