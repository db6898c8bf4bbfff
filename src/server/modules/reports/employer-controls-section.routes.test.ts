import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { collectiveAgreementShare } from '../../../shared/employers/employer-controls.rules';
import type { CommitteeReportView, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { makeEmployer, recordCheck } from '../employers/employer-fixtures.test-helper';
import { todayOf } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let today: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  today = todayOf(t);
});
afterAll(() => t.close());

const tableOf = (view: CommitteeReportView, key: string): ReportTable => {
  const table = view.sections.find((s) => s.key === 'employer-controls')?.tables.find((x) => x.key === key);
  if (!table) throw new Error(`no table ${key}`);
  return table;
};
const answer = (employerId: string, collectiveAgreement: string, checkedOn: string) =>
  recordCheck(t, officer, employerId, { controlCode: 'collective_agreement', result: 'pass', collectiveAgreement, checkedOn, evidenceReference: 'Kollektivavtal enligt arbetsgivarorganisationen' });

describe('the report of job partnerships and employer controls (EMP-2, OVR-2)', () => {
  it('EMP-2: the collective-agreement share equals the stored latest answers', async () => {
    const [a, b, c, d] = await Promise.all(['Bageri Ett AB', 'Bageri Två AB', 'Bageri Tre AB', 'Bageri Fyra AB'].map((name) => makeEmployer(t, name)));
    const earlier = `${today.slice(0, 4)}-01-15`;
    for (const [employer, value, on] of [
      [a, 'yes', today],
      [b, 'no', earlier],
      [b, 'equivalent_terms', today], // supersedes the earlier "no"
      [c, 'no', today],
      [d, 'equivalent_terms', today],
    ] as const) {
      const response = await answer(employer!.id, value, on < earlier ? earlier : on);
      expect(response.statusCode, response.body).toBe(201);
    }
    const failed = await recordCheck(t, officer, a!.id, { controlCode: 'taxes', result: 'fail', checkedOn: today, evidenceReference: 'Skatteskuld' });
    expect(failed.statusCode).toBe(201);

    const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?year=${today.slice(0, 4)}` });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as CommitteeReportView;

    const stored = await t.database.db
      .selectFrom('employer_control_check')
      .select(['organisation_id', 'collective_agreement', 'checked_on', 'recorded_at'])
      .where('control_code', '=', 'collective_agreement')
      .orderBy('checked_on')
      .orderBy('recorded_at')
      .execute();
    const latest = new Map(stored.map((r) => [r.organisation_id, r.collective_agreement]));
    const expectedShare = collectiveAgreementShare([...latest.values()]);
    expect(expectedShare).toBe(75);
    expect(tableOf(view, 'collective-agreement-share').rows[0]?.cells[1]).toBe(expectedShare);
    expect(tableOf(view, 'collective-agreement').rows.map((r) => r.cells[1])).toEqual([1, 2, 1, 4]);

    const controls = tableOf(view, 'controls');
    const taxes = controls.rows.find((r) => String(r.cells[0]).startsWith('Skatter'));
    expect(taxes?.cells.slice(1, 3)).toEqual([0, 1]);
    expect(controls.rows.find((r) => r.total)?.cells.slice(1, 3)).toEqual([5, 1]);
  });
});
