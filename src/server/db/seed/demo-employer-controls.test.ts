import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { Role } from '../../../shared/users/roles';
import { type RequestContext, systemContext } from '../../http/request-context';
import { makeEmployer } from '../../modules/employers/employer-fixtures.test-helper';
import { todayOf } from '../../modules/governance/governance-fixtures.test-helper';
import { seedDemoEmployerControls } from './demo-employer-controls';

let t: TestApp;
let officer: Session;
let actors: Parameters<typeof seedDemoEmployerControls>[1];
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const today = todayOf(t);
  const contextOf = async (role: Role): Promise<RequestContext> => {
    const user = await makeUser(t.database.db, { roles: [role] });
    return { ...systemContext('demo-test', today), actor: { kind: 'user', userId: user.id, email: user.email, name: user.name, roles: [role], sessionIdHash: '', csrfToken: '', mustChangePassword: false } };
  };
  const manager = await contextOf('manager');
  actors = { officer: await contextOf('officer'), manager, reviewGroup: await contextOf('review_group'), managerId: manager.actor.kind === 'user' ? manager.actor.userId : '' };
});
afterAll(() => t.close());

describe('the demo job partnerships (EMP-2, EMP-3)', () => {
  it('does nothing without member employers', async () => {
    await makeEmployer(t, 'Inte medlem AB', false);
    expect(await seedDemoEmployerControls(t.database.db, actors)).toBe(0);
  });

  it('EMP-2, EMP-3: gives the first member employers partnerships being prepared, active, with an expired control and ended at once; runs once', async () => {
    for (const name of ['A-Bygg AB', 'B-Städ AB', 'C-Restaurang AB', 'D-Åkeri AB', 'E-Hotell AB']) await makeEmployer(t, name);
    expect(await seedDemoEmployerControls(t.database.db, actors)).toBe(4);
    expect(await seedDemoEmployerControls(t.database.db, actors)).toBe(0);
    const rows = await t.database.db
      .selectFrom('cooperation as c')
      .innerJoin('cooperation_party as p', 'p.cooperation_id', 'c.id')
      .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
      .select(['o.name', 'c.status', 'c.ended_reason', 'c.id'])
      .where('c.form', '=', 'job_partnership')
      .orderBy('o.name')
      .execute();
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['A-Bygg AB', 'preparing'],
      ['B-Städ AB', 'active'],
      ['C-Restaurang AB', 'active'],
      ['D-Åkeri AB', 'ended'],
    ]);
    expect(rows[3]?.ended_reason).toContain('lön under kollektivavtalets nivå');
    const flagged = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${rows[2]?.id}` })).json() as { controlsFlagged: boolean };
    expect(flagged.controlsFlagged).toBe(true);
    const fine = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${rows[1]?.id}` })).json() as { controlsFlagged: boolean };
    expect(fine.controlsFlagged).toBe(false);
  });
});
