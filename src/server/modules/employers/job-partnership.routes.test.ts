import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import { loginNewUser, todayOf } from '../governance/governance-fixtures.test-helper';
import { cooperationVersion, uploadEvidence } from '../lifecycle/lifecycle-fixtures.test-helper';
import { CONTROL_CODES, createJobPartnership, makeEmployer, passAllControls, recordCheck } from './employer-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
let admin: Session;
let today: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
  admin = await t.loginAs('admin');
  today = todayOf(t);
});
afterAll(() => t.close());

type Gate = { gate: string; met: boolean; requirement: string; why: string; whyEn: string };

const get = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}` })).json() as { id: string; status: string; version: number };
const activate = async (id: string, session = manager) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${id}/transitions`, payload: { to: 'active', version: (await get(id)).version } });
const created = async (employerIds: string[], extra: Record<string, unknown> = {}) => {
  const response = await createJobPartnership(t, officer, manager, employerIds, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
};

describe('EMP-2: a job partnership is only for members of Integrationspakten', () => {
  it('EMP-2: a job partnership with an employer that is not a member is refused (400) naming the employer', async () => {
    const outsider = await makeEmployer(t, 'Gigplattformen Snabbt AB', false);
    const response = await createJobPartnership(t, officer, manager, [outsider.id]);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'organisationIds.0', message: expect.stringContaining('inte medlem'), requirement: 'EMP-2' })]);
    expect(response.json().notMembers).toEqual([{ id: outsider.id, name: 'Gigplattformen Snabbt AB' }]);
  });

  it('EMP-2: adding a non-member employer to an existing job partnership is refused too', async () => {
    const member = await makeEmployer(t, 'Bygg & Betong i Norr AB');
    const outsider = await makeEmployer(t, 'Lagerjobb Direkt AB', false);
    const partnership = await created([member.id]);
    const response = await t.as(officer, {
      method: 'PATCH',
      url: `/api/cooperations/${partnership.id}`,
      payload: { version: (await get(partnership.id)).version, organisationIds: [member.id, outsider.id] },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'organisationIds.1', requirement: 'EMP-2' })]);
  });
});

describe('EMP-2: the partnership becomes active only when every control has passed', () => {
  it('EMP-2: activation with a control not passed gives 409 naming the control; with all passed it is active', async () => {
    const employer = await makeEmployer(t, 'Fastighetsservice Söder AB');
    const partnership = await created([employer.id]);

    const none = await activate(partnership.id);
    expect(none.statusCode, none.body).toBe(409);
    const gates = none.json().gates as Gate[];
    expect(gates.map((g) => g.gate)).toEqual(['emp2.controls']);
    expect(gates[0]?.why).toContain('Fastighetsservice Söder AB');
    expect(gates[0]?.why).toContain('Arbetstid (saknas)');

    await passAllControls(t, officer, employer.id, today);
    // One control fails: the 409 names it and no other.
    const failed = await recordCheck(t, officer, employer.id, { controlCode: 'taxes', result: 'fail', checkedOn: today, evidenceReference: 'Skatteskuld enligt Kronofogden' });
    expect(failed.statusCode, failed.body).toBe(201);
    const refused = await activate(partnership.id);
    expect(refused.statusCode).toBe(409);
    const [controls] = refused.json().gates as Gate[];
    expect(controls?.gate).toBe('emp2.controls');
    expect(controls?.why).toContain('Skatter och arbetsgivaravgifter betalda');
    expect(controls?.why).toContain('underkänd');
    expect(controls?.why).not.toContain('Arbetstid');
    expect(controls?.whyEn).toContain('Taxes and employer contributions paid');

    const passed = await recordCheck(t, officer, employer.id, { controlCode: 'taxes', result: 'pass', checkedOn: today, evidenceReference: 'Utdrag ur skattekonto, inga skulder' });
    expect(passed.statusCode, passed.body).toBe(201);
    const active = await activate(partnership.id);
    expect(active.statusCode, active.body).toBe(200);
    expect((await get(partnership.id)).status).toBe('active');
  });

  it('EMP-2: without the justification that the city knows the employer, or for a former member, the gates say so', async () => {
    const employer = await makeEmployer(t, 'Kök & Catering Väst AB');
    await passAllControls(t, officer, employer.id, today);
    const partnership = await created([employer.id], { facts: { competence: (await import('../cooperations/cooperation-fixtures.test-helper')).assessedCompetence } });
    await t.database.db.updateTable('cooperation').set({ status: 'ended' }).where('form', '=', 'integration_pact_membership').where('id', 'in', (eb) => eb.selectFrom('cooperation_party').select('cooperation_id').where('organisation_id', '=', employer.id)).execute();
    const response = await activate(partnership.id);
    expect(response.statusCode).toBe(409);
    const unmet = (response.json().gates as Gate[]).map((g) => [g.gate, g.requirement]);
    expect(unmet).toEqual([
      ['emp2.member', 'EMP-2'],
      ['emp2.known-employer', 'EMP-2'],
    ]);
  });
});

describe('EMP-2: the due list and the flag', () => {
  it('EMP-2: an expired control appears in the due list and, after the grace period, flags the partnership', async () => {
    const employer = await makeEmployer(t, 'Åkeri Öst AB');
    await passAllControls(t, officer, employer.id, today);
    const partnership = await created([employer.id]);
    expect((await activate(partnership.id)).statusCode).toBe(200);
    const items = async () =>
      ((await t.as(manager, { method: 'GET', url: '/api/work-queue?scope=all' })).json() as { items: { key: string; type: string; reason: string; requirement: string; title: string }[] }).items.filter(
        (i) => i.type === 'employer_controls_due' && i.title === 'Åkeri Öst AB',
      );
    expect(await items()).toEqual([]);

    // The pay check was made 12 months and 10 days ago: it has expired, but within the grace period.
    const expiredOn = addDays(addMonths(today, -12), -10);
    await t.database.db.updateTable('employer_control_check').set({ checked_on: expiredOn, valid_until: addDays(addMonths(expiredOn, 12), -1) }).where('organisation_id', '=', employer.id).where('control_code', '=', 'pay').execute();
    expect(await items()).toEqual([expect.objectContaining({ reason: 'employer_controls_due', requirement: 'EMP-2' })]);
    expect(((await t.as(officer, { method: 'GET', url: `/api/cooperations/${partnership.id}` })).json() as { controlsFlagged: boolean }).controlsFlagged).toBe(false);

    // 40 days past its validity: beyond the 30 days' grace, the partnership is flagged.
    const longAgo = addDays(addMonths(today, -12), -40);
    await t.database.db.updateTable('employer_control_check').set({ checked_on: longAgo, valid_until: addDays(addMonths(longAgo, 12), -1) }).where('organisation_id', '=', employer.id).where('control_code', '=', 'pay').execute();
    expect(await items()).toEqual([expect.objectContaining({ reason: 'employer_controls_flagged', requirement: 'EMP-2' })]);
    expect(((await t.as(officer, { method: 'GET', url: `/api/cooperations/${partnership.id}` })).json() as { controlsFlagged: boolean }).controlsFlagged).toBe(true);
    const list = (await t.as(officer, { method: 'GET', url: '/api/cooperations?form=job_partnership&limit=100' })).json() as { items: { id: string; controlsFlag?: boolean }[] };
    expect(list.items.find((i) => i.id === partnership.id)?.controlsFlag).toBe(true);

    // A longer grace period (a setting) takes the flag away again.
    const setting = (await t.as(admin, { method: 'GET', url: '/api/settings' })).json() as { key: string; version: number }[];
    const version = setting.find((s) => s.key === 'employers.control_grace_days')?.version ?? 0;
    const saved = await t.as(admin, { method: 'PATCH', url: '/api/settings', payload: { changes: [{ key: 'employers.control_grace_days', value: 60, version }] } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await items()).toEqual([expect.objectContaining({ reason: 'employer_controls_due' })]);
    const restored = await t.as(admin, { method: 'PATCH', url: '/api/settings', payload: { changes: [{ key: 'employers.control_grace_days', value: 30, version: version + 1 }] } });
    expect(restored.statusCode, restored.body).toBe(200);
  });
});

describe('EMP-3: immediate termination of a job partnership', () => {
  it('EMP-3: ends it at once with reason and evidence in the audit log, notifies, and a new partnership needs a fresh control round', async () => {
    const employer = await makeEmployer(t, 'Städ & Service Centrum AB');
    await passAllControls(t, officer, employer.id, today);
    const partnership = await created([employer.id]);
    expect((await activate(partnership.id)).statusCode).toBe(200);
    const offer = await t.as(officer, {
      method: 'POST',
      url: `/api/cooperations/${partnership.id}/offers`,
      payload: { kind: 'internship', title: 'Praktik i lokalvård', places: 4, startDate: today },
    });
    expect(offer.statusCode, offer.body).toBe(201);

    // Only the partnership's responsible manager ends it.
    const otherManager = await loginNewUser(t, ['manager']);
    const payload = { kind: 'rescission', reason: 'Lön under kollektivavtalets nivå enligt facklig anmälan', givenOn: today, evidenceNote: 'Anmälan från facket 2026-11-02' };
    const refused = await t.as(otherManager, { method: 'POST', url: `/api/cooperations/${partnership.id}/termination`, payload: { version: await cooperationVersion(t, partnership.id), ...payload } });
    expect(refused.statusCode, refused.body).toBe(403);

    const fileId = await uploadEvidence(t, manager, partnership.id, 'Facklig anmälan.pdf');
    const response = await t.as(manager, {
      method: 'POST',
      url: `/api/cooperations/${partnership.id}/termination`,
      payload: { version: await cooperationVersion(t, partnership.id), ...payload, evidenceFileId: fileId },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ cooperationStatus: 'ended', current: { kind: 'rescission', state: 'effected', effectiveOn: today } });
    expect((await get(partnership.id)).status).toBe('ended');
    // EMP-4: the partnership's open offers close with the ending's reason.
    const offers = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${partnership.id}/offers` })).json() as { items: { id: string; status: string; closedReason: string | null }[] };
    expect(offers.items).toEqual([expect.objectContaining({ id: offer.json().id, status: 'closed', closedReason: payload.reason })]);

    const audit = (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=cooperation&entityId=${partnership.id}` })).json() as { items: { action: string }[] };
    const rescinded = JSON.stringify(audit.items.find((e) => e.action === 'cooperation.rescinded'));
    for (const expected of ['Lön under kollektivavtalets nivå', 'Anmälan från facket 2026-11-02', fileId, 'Facklig anmälan.pdf']) expect(rescinded).toContain(expected);
    const employerAudit = (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=organisation&entityId=${employer.id}` })).json() as { items: { action: string }[] };
    const reset = JSON.stringify(employerAudit.items.find((e) => e.action === 'employer-control.reset'));
    for (const expected of ['Lön under kollektivavtalets nivå', 'Facklig anmälan.pdf']) expect(reset).toContain(expected);

    // The officer who registered the partnership is told (the manager acted and is not).
    const notifications = await t.database.db.selectFrom('notification').select(['user_id', 'type', 'summary', 'link']).where('type', '=', 'job_partnership_rescinded').where('link', '=', `/samverkan/${partnership.id}`).execute();
    expect(notifications).toEqual([expect.objectContaining({ user_id: officer.userId, summary: expect.stringContaining('Städ & Service Centrum AB') })]);

    // The earlier checks no longer count: every control is missing again.
    const controls = (await t.as(officer, { method: 'GET', url: `/api/employers/${employer.id}/controls` })).json() as { allPassed: boolean; controls: { state: string; history: { counts: boolean }[] }[]; lastReset: { reason: string } | null };
    expect(controls.allPassed).toBe(false);
    expect(controls.controls.map((c) => c.state)).toEqual(CONTROL_CODES.map(() => 'missing'));
    expect(controls.controls.every((c) => c.history.length === 1 && c.history[0]?.counts === false)).toBe(true);
    expect(controls.lastReset?.reason).toContain('Lön under kollektivavtalets nivå');

    const next = await created([employer.id]);
    const blocked = await activate(next.id);
    expect(blocked.statusCode).toBe(409);
    expect((blocked.json().gates as Gate[])[0]?.why).toContain('Lön enligt kollektivavtal eller motsvarande (saknas)');
    await passAllControls(t, officer, employer.id, today);
    expect((await activate(next.id)).statusCode).toBe(200);
  });
});
