import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { validUntil } from '../../../shared/employers/employer-controls.rules';
import { employerControlGates } from './employer-control-state';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CONTROLS = ['pay', 'working_hours', 'holidays', 'collective_agreement', 'work_environment', 'taxes', 'other_laws'];

async function checkAll(organisationId: string, checkedOn: string, result: 'pass' | 'fail' = 'pass', skip: string[] = []) {
  await t.database.db
    .insertInto('employer_control_check')
    .values(
      CONTROLS.filter((c) => !skip.includes(c)).map((code) => ({
        organisation_id: organisationId,
        programme_code: 'inkop-2020',
        control_code: code,
        result,
        collective_agreement: code === 'collective_agreement' ? ('yes' as const) : null,
        evidence_reference: `Underlag för ${code}`,
        checked_on: checkedOn,
        valid_until: validUntil({ recheckMonths: null }, checkedOn),
      })),
    )
    .execute();
}

describe('employerControlGates (EMP-2, EMP-3)', () => {
  it('EMP-2: an employer passes only when every control of the programme in force has a documented, valid, passing check', async () => {
    const complete = await makeOrganisation(t.database.db, { kind: 'employer', name: 'Kontrollerad Bygg AB' });
    const partial = await makeOrganisation(t.database.db, { kind: 'employer', name: 'Halvkontrollerad AB' });
    const none = await makeOrganisation(t.database.db, { kind: 'employer', name: 'Okontrollerad AB' });
    await checkAll(complete.id, '2026-11-01');
    await checkAll(partial.id, '2026-11-01', 'pass', ['taxes']);
    const gates = await employerControlGates(t.database.db, [complete.id, partial.id, none.id], '2026-12-06');
    expect(gates.get(complete.id)).toMatchObject({ met: true, programme: 'inkop-2020', unmet: [] });
    expect(gates.get(partial.id)?.met).toBe(false);
    expect(gates.get(partial.id)?.unmet.map((s) => [s.control.code, s.state])).toEqual([['taxes', 'missing']]);
    expect(gates.get(none.id)?.unmet).toHaveLength(CONTROLS.length);
    // A year later the checks of November 2026 have run out.
    const later = await employerControlGates(t.database.db, [complete.id], '2027-11-02');
    expect(later.get(complete.id)?.unmet.every((s) => s.state === 'expired')).toBe(true);
  });

  it('EMP-2: the latest check of a control counts, so a new failing check undoes an earlier pass', async () => {
    const employer = await makeOrganisation(t.database.db, { kind: 'employer', name: 'Omkontrollerad AB' });
    await checkAll(employer.id, '2026-10-01');
    await t.database.db
      .insertInto('employer_control_check')
      .values({ organisation_id: employer.id, programme_code: 'inkop-2020', control_code: 'work_environment', result: 'fail', evidence_reference: 'Föreläggande från Arbetsmiljöverket', checked_on: '2026-12-01', valid_until: '2027-11-30' })
      .execute();
    const gate = (await employerControlGates(t.database.db, [employer.id], '2026-12-06')).get(employer.id);
    expect(gate?.unmet.map((s) => [s.control.code, s.state])).toEqual([['work_environment', 'failed']]);
  });

  it('EMP-3: after a reset (an immediate termination) earlier checks count for nothing until a fresh round', async () => {
    const employer = await makeOrganisation(t.database.db, { kind: 'employer', name: 'Avbruten Städ AB' });
    await checkAll(employer.id, '2026-11-15');
    expect((await employerControlGates(t.database.db, [employer.id], '2026-12-06')).get(employer.id)?.met).toBe(true);
    await t.database.db
      .insertInto('employer_control_reset')
      .values({ organisation_id: employer.id, reason: 'Brister i arbetsmiljön uppdagades' })
      .execute();
    const afterReset = (await employerControlGates(t.database.db, [employer.id], '2026-12-06')).get(employer.id);
    expect(afterReset?.met).toBe(false);
    expect(afterReset?.unmet.every((s) => s.state === 'missing')).toBe(true);
    await checkAll(employer.id, '2026-12-06');
    expect((await employerControlGates(t.database.db, [employer.id], '2026-12-06')).get(employer.id)?.met).toBe(true);
  });
});
