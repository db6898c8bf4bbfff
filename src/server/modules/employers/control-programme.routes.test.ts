import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { ControlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import { controlGate } from '../../../shared/employers/employer-controls.rules';
import { readControlProgrammes } from './control-programme.service';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const list = async (session: Session | null = officer) =>
  session ? t.as(session, { method: 'GET', url: '/api/reference/employer-controls' }) : t.app.inject({ method: 'GET', url: '/api/reference/employer-controls' });

describe('GET /api/reference/employer-controls (EMP-2)', () => {
  it('EMP-2: the programme 004 cites is in force with the controls of a job partnership', async () => {
    const response = await list();
    expect(response.statusCode, response.body).toBe(200);
    const [programme] = response.json() as ControlProgrammeView[];
    expect(programme).toMatchObject({ code: 'inkop-2020', name: 'Program för inköp 2020–2023', validFrom: '2020-01-01', validTo: null });
    expect(programme?.controls.map((c) => c.code)).toEqual(['pay', 'working_hours', 'holidays', 'collective_agreement', 'work_environment', 'taxes', 'other_laws']);
    expect(programme?.controls.find((c) => c.code === 'collective_agreement')).toMatchObject({ mayNotApply: true, recheckMonths: null });
  });

  it('EMP-2: a new programme changes the controls from its date, without code', async () => {
    const db = t.database.db;
    await db.insertInto('employer_control_programme').values({ code: 'inkop-2027', name: 'Program för inköp 2027', valid_from: '2027-01-01' }).execute();
    await db
      .insertInto('employer_control')
      .values([
        { programme_code: 'inkop-2027', code: 'pay', name_sv: 'Lön', name_en: 'Pay', recheck_months: 6, position: 1 },
        { programme_code: 'inkop-2027', code: 'human_rights', name_sv: 'Mänskliga rättigheter i leverantörskedjan', name_en: 'Human rights in the supply chain', recheck_months: null, position: 2 },
      ])
      .execute();
    const programmes = (await list()).json() as ControlProgrammeView[];
    expect(programmes.map((p) => [p.code, p.validFrom, p.validTo])).toEqual([
      ['inkop-2020', '2020-01-01', '2026-12-31'],
      ['inkop-2027', '2027-01-01', null],
    ]);
    // The gate reads the programme in force on the day: the new one asks for its own controls.
    const checks = ['pay', 'working_hours', 'holidays', 'collective_agreement', 'work_environment', 'taxes', 'other_laws'].map((controlCode) => ({
      controlCode,
      result: 'pass' as const,
      checkedOn: '2026-12-01',
      evidence: 'Utdrag ur skattekontot',
    }));
    const stored = await readControlProgrammes(db);
    expect(controlGate(stored, checks, '2026-12-31').met).toBe(true);
    expect(controlGate(stored, checks, '2027-01-02').unmet.map((s) => [s.control.code, s.state])).toEqual([['human_rights', 'missing']]);
  });

  it('needs a login (401)', async () => {
    expect((await list(null)).statusCode).toBe(401);
  });
});
