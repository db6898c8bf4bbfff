import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { makeUser } from '../../../../tests/support/factories';
import { systemContext } from '../../http/request-context';
import { insertAfAgreement, insertCooperationOf, makeEmployer, passEmployerControls } from '../../modules/employers/employer-offer-fixtures.test-helper';
import { todayOf } from '../../modules/governance/governance-fixtures.test-helper';
import { seedDemoEmployerOffers } from './demo-employer-offers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

describe('demo offers and job tracks (EMP-4)', () => {
  it('does nothing without job partnerships and employers', async () => {
    const officer = { ...systemContext('demo-seed', todayOf(t)) };
    expect(await seedDemoEmployerOffers(t.database.db, officer)).toEqual({ offers: 0, tracks: 0 });
  });

  it('EMP-4: adds offers to the job partnerships and job tracks, one run with Arbetsförmedlingen and started; safe to run twice', async () => {
    const db = t.database.db;
    const user = await makeUser(db, { roles: ['officer'] });
    const officer = { ...systemContext('demo-seed', todayOf(t)), actor: { kind: 'user' as const, userId: user.id, email: user.email, name: user.name, roles: user.roles, sessionIdHash: '', csrfToken: '', mustChangePassword: false } };
    const checked = await makeEmployer(db, 'Demo Vård AB');
    const other = await makeEmployer(db, 'Demo Lager AB');
    await passEmployerControls(db, checked.id, todayOf(t));
    await passEmployerControls(db, other.id, todayOf(t));
    await insertCooperationOf(db, 'job_partnership', [checked.id]);
    const af = await insertAfAgreement(t);
    expect(await seedDemoEmployerOffers(db, officer)).toEqual({ offers: 2, tracks: 3 });
    const tracks = await db.selectFrom('job_track').select(['title', 'status', 'agreement_cooperation_id', 'working_group_id']).orderBy('title').execute();
    const withAf = tracks.find((x) => x.agreement_cooperation_id === af.cooperationId);
    expect(withAf).toMatchObject({ status: 'running', working_group_id: af.workingGroupId });
    expect(tracks.filter((x) => x.status === 'planned')).toHaveLength(1);
    expect(await seedDemoEmployerOffers(db, officer)).toEqual({ offers: 0, tracks: 0 });
  });
});
