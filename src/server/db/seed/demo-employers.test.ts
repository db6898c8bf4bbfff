import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { seedDemo } from './demo';
import { seedDemoEmployers } from './demo-employers';

// EMP-1: the demo's employers of Integrationspakten, loaded through the services.

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, t.app.fileStorage);
  officer = await t.loginAs('officer');
}, 240_000);
afterAll(() => t.close());

describe('the demo employers (EMP-1)', () => {
  it('EMP-1: about twenty employers, most members since their own days, two platform companies, one ended with its reason', async () => {
    const members = (await t.as(officer, { method: 'GET', url: '/api/employers/members?sort=memberSince' })).json();
    expect(members.items).toHaveLength(16);
    expect(members.items[0].memberSince).toBe('2019-09-02');
    expect(members.items.filter((m: { employerType: string }) => m.employerType === 'platform_company')).toHaveLength(2);
    const ended = (await t.as(officer, { method: 'GET', url: '/api/employers/members?status=ended' })).json();
    expect(ended.items).toHaveLength(1);
    expect(ended.items[0]).toMatchObject({ name: 'Vinterviken Trädgård och Anläggning AB', memberSince: '2021-03-01', endedOn: '2025-11-14' });
    expect(ended.items[0].endedReason).toContain('utträde');
  });

  it('EMP-1: two applications wait (one public, unlinked), one was rejected with a reason; loading again adds nothing', async () => {
    const waiting = (await t.as(officer, { method: 'GET', url: '/api/employers/applications?status=submitted,checked' })).json();
    expect(waiting.items.map((a: { source: string; status: string }) => [a.source, a.status]).sort()).toEqual([
      ['public', 'submitted'],
      ['staff', 'checked'],
    ]);
    const rejected = (await t.as(officer, { method: 'GET', url: '/api/employers/applications?status=rejected' })).json();
    expect(rejected.items).toHaveLength(1);
    const detail = (await t.as(officer, { method: 'GET', url: `/api/employers/applications/${rejected.items[0].id}` })).json();
    expect(detail.check).toMatchObject({ passed: false, contactNamed: false });
    expect(detail.decision.reason).toContain('kontaktperson');
    expect(await seedDemoEmployers(t.database.db, { officer: { actor: { kind: 'system', label: 'x' }, requestId: null, ip: null, today: '2026-01-01' }, manager: { actor: { kind: 'system', label: 'x' }, requestId: null, ip: null, today: '2026-01-01' } })).toBe(0);
  });
});
