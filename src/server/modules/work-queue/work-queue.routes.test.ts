import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { workQueueMatrix } from '../../../../tests/support/authorization-matrix.work-queue';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { insertInitiative } from '../cooperations/cooperation-fixtures.test-helper';
import { addMember, createBody, jointSteeringGroup, loginNewUser, todayOf } from '../governance/governance-fixtures.test-helper';
import { insertAgreement, insertCooperationIn } from '../lifecycle/lifecycle-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  admin = sessions.get('admin')!;
});
afterAll(() => t.close());

type Item = { key: string; type: string; title: string; reason: string; requirement: string; since: string; link: string; assignee: { userId: string | null } };
type Queue = { scope: 'mine' | 'all'; canSeeEverything: boolean; items: Item[] };

async function queue(session: Session, scope?: 'mine' | 'all'): Promise<Queue> {
  const response = await t.as(session, { method: 'GET', url: `/api/work-queue${scope ? `?scope=${scope}` : ''}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const keysOf = async (session: Session, scope?: 'mine' | 'all') => (await queue(session, scope)).items.map((i) => i.key);
const find = async (session: Session, needle: string, scope?: 'mine' | 'all') => (await queue(session, scope)).items.find((i) => i.key.includes(needle));

describe('work queue access', () => {
  for (const [route, allowed] of Object.entries(workQueueMatrix)) {
    it(`${route}: allowed for staff and partners, 401 for the public`, async () => {
      const url = route.split(' ')[1] ?? '';
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: 'GET', url });
        expect(response.statusCode, role).toBe(Array.isArray(allowed) && allowed.includes(role) ? 200 : 403);
      }
    });
  }

  it('rejects an unknown scope with 400', async () => {
    const response = await t.as(admin, { method: 'GET', url: '/api/work-queue?scope=everyone' });
    expect(response.statusCode).toBe(400);
  });

  it('only managers and admins may switch to everything; others get their own list', async () => {
    expect(await queue(sessions.get('manager')!, 'all')).toMatchObject({ scope: 'all', canSeeEverything: true });
    expect(await queue(admin, 'all')).toMatchObject({ scope: 'all', canSeeEverything: true });
    expect(await queue(sessions.get('officer')!, 'all')).toMatchObject({ scope: 'mine', canSeeEverything: false });
    expect(await queue(sessions.get('review_group')!)).toMatchObject({ scope: 'mine', canSeeEverything: false });
  });
});

describe('work queue items', () => {
  it('IOP-8: an overdue annual review is on its responsible manager\'s list, and everyone who steers sees it, until it is recorded', async () => {
    const today = todayOf(t);
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const cooperationId = await insertCooperationIn(t, 'active', manager.userId);
    const startDate = addMonths(today, -13);
    const agreementId = await insertAgreement(t, cooperationId, { startDate, title: 'Avtal om läxhjälp för arbetskön' });
    const dueOn = addMonths(startDate, 12);

    const item = await find(manager, agreementId);
    expect(item).toMatchObject({ type: 'annual_review', title: 'Avtal om läxhjälp för arbetskön', reason: 'annual_review_overdue', requirement: 'IOP-8', since: dueOn, assignee: { userId: manager.userId } });
    expect(item?.link).toBe(`/samverkan/${cooperationId}/avtal/${agreementId}`);
    expect((await keysOf(otherManager)).some((k) => k.includes(agreementId))).toBe(false);
    expect((await keysOf(otherManager, 'all')).some((k) => k.includes(agreementId))).toBe(true);
    expect((await keysOf(sessions.get('officer')!, 'all')).some((k) => k.includes(agreementId))).toBe(false);
    const count = await t.as(manager, { method: 'GET', url: '/api/work-queue/count' });
    expect(count.json().count).toBeGreaterThanOrEqual(1);

    const recorded = await t.as(manager, {
      method: 'POST',
      url: `/api/agreements/${agreementId}/annual-reviews`,
      payload: { reviewYear: Number(dueOn.slice(0, 4)), trigger: 'yearly', reviewedOn: today, reviewGroupConsultedOn: today, outcome: 'continue', reasons: 'Målen nås' },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect((await keysOf(manager)).some((k) => k.includes(agreementId))).toBe(false);
  });

  it('IOP-6: a steering group without a meeting this semester is on its members\' lists until it meets', async () => {
    const today = todayOf(t);
    const writer = sessions.get('officer')!;
    const member = await loginNewUser(t, ['steering_member']);
    const outsider = await loginNewUser(t, ['steering_member']);
    const organisation = await makeOrganisation(t.database.db, { name: 'Föreningen Styr' });
    const body = await createBody(t, writer, { name: 'Styrgrupp för läxhjälp' });
    await addMember(t, writer, body.id, { organisationId: organisation.id, userId: member.userId });

    const item = await find(member, body.id);
    expect(item).toMatchObject({ type: 'steering_without_meeting', title: 'Styrgrupp för läxhjälp', requirement: 'IOP-6', link: `/styrgrupper/${body.id}` });
    expect((await keysOf(outsider)).some((k) => k.includes(body.id))).toBe(false);
    expect((await keysOf(admin, 'all')).some((k) => k.includes(body.id))).toBe(true);

    const meeting = await t.as(writer, { method: 'POST', url: `/api/governance-bodies/${body.id}/meetings`, payload: { meetingDate: today } });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect((await keysOf(member)).some((k) => k.includes(body.id))).toBe(false);
  });

  it('INI-2: an initiative waiting for the review group is on the review group\'s list until it has a recommendation', async () => {
    const id = await insertInitiative(t.database.db, { status: 'submitted', title: 'Språkcafé i Tensta' });
    const item = await find(sessions.get('review_group')!, id);
    expect(item).toMatchObject({ type: 'initiative_awaiting_review', title: 'Språkcafé i Tensta', requirement: 'INI-2', link: `/initiativ/${id}` });
    expect((await keysOf(sessions.get('officer')!)).some((k) => k.includes(id))).toBe(false);
    expect((await keysOf(sessions.get('manager')!, 'all')).some((k) => k.includes(id))).toBe(true);

    await t.database.db.updateTable('initiative').set({ status: 'recommended' }).where('id', '=', id).execute();
    expect((await keysOf(sessions.get('review_group')!)).some((k) => k.includes(id))).toBe(false);
  });

  it('IOP-9: a submitted partner report is on the responsible manager\'s list until it is reviewed', async () => {
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const cooperationId = await insertCooperationIn(t, 'active', manager.userId);
    const organisation = await makeOrganisation(t.database.db, { name: 'Föreningen Rapport' });
    const report = await t.database.db
      .insertInto('partner_report')
      .values({ cooperation_id: cooperationId, organisation_id: organisation.id, period: '2026-H1', follow_up_text: 'Det gick bra', status: 'submitted', submitted_at: new Date(), created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();

    const item = await find(manager, report.id);
    expect(item).toMatchObject({ type: 'partner_report_to_review', title: 'Föreningen Rapport, 2026-H1', requirement: 'IOP-9', link: `/partnerrapporter/${report.id}` });
    expect((await keysOf(otherManager)).some((k) => k.includes(report.id))).toBe(false);
    expect((await keysOf(otherManager, 'all')).some((k) => k.includes(report.id))).toBe(true);

    await t.database.db.updateTable('partner_report').set({ status: 'approved', reviewed_at: new Date() }).where('id', '=', report.id).execute();
    expect((await keysOf(manager)).some((k) => k.includes(report.id))).toBe(false);
  });

  it('IOP-6: a proposed joint decision waits on the list of each party\'s member until their organisation has voted', async () => {
    const writer = sessions.get('officer')!;
    const g = await jointSteeringGroup(t, writer);
    const outsider = await loginNewUser(t, ['steering_member']);
    const proposed = await t.as(writer, { method: 'POST', url: `/api/governance-bodies/${g.body.id}/decisions`, payload: { text: 'Styrgruppen antar verksamhetsplanen' } });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = (proposed.json() as { id: string }).id;

    expect(await find(g.partnerRep, id)).toMatchObject({ type: 'decision_awaiting_approval', title: 'Styrgruppen antar verksamhetsplanen', requirement: 'IOP-6', link: `/styrgrupper/${g.body.id}` });
    expect((await keysOf(g.cityRep)).some((k) => k.includes(id))).toBe(true);
    expect((await keysOf(outsider)).some((k) => k.includes(id))).toBe(false);

    expect((await t.as(g.partnerRep, { method: 'POST', url: `/api/decisions/${id}/approve` })).statusCode).toBe(200);
    expect((await keysOf(g.partnerRep)).some((k) => k.includes(id))).toBe(false);
    expect((await keysOf(g.cityRep)).some((k) => k.includes(id))).toBe(true);
    expect((await t.as(g.cityRep, { method: 'POST', url: `/api/decisions/${id}/approve` })).statusCode).toBe(200);
    expect((await keysOf(g.cityRep)).some((k) => k.includes(id))).toBe(false);
  });

  it('DEM-3: an assessment handed over to the manager to sign is on that manager\'s list until it is no longer waiting for a signature', async () => {
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const organisation = await makeOrganisation(t.database.db, { name: 'Föreningen Signera' });
    const draft = await t.database.db
      .insertInto('democracy_assessment_draft')
      .values({ organisation_id: organisation.id, status: 'ready_for_signing', conditions: JSON.stringify([]), exclusions: JSON.stringify([]), created_by: sessions.get('officer')!.userId, created_at: new Date(), updated_at: new Date(), signer_id: manager.userId, handed_over_by: sessions.get('officer')!.userId, handed_over_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();

    expect(await find(manager, draft.id)).toMatchObject({ type: 'democracy_assessment', title: 'Föreningen Signera', reason: 'democracy_ready_to_sign', requirement: 'DEM-3', link: `/organisationer/${organisation.id}` });
    expect((await keysOf(otherManager)).some((k) => k.includes(draft.id))).toBe(false);
    expect((await keysOf(sessions.get('officer')!)).some((k) => k.includes(draft.id))).toBe(false);

    await t.database.db.updateTable('democracy_assessment_draft').set({ status: 'discarded' }).where('id', '=', draft.id).execute();
    expect((await keysOf(manager)).some((k) => k.includes(draft.id))).toBe(false);
  });

  it('DEM-3: a party whose assessment expires within 30 days is on the responsible manager\'s list until a new assessment is signed', async () => {
    const today = todayOf(t);
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const organisation = await makeOrganisation(t.database.db, { name: 'Föreningen Förnya' });
    const cooperationId = await insertCooperationIn(t, 'active', manager.userId);
    await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperationId, organisation_id: organisation.id }).execute();
    const assess = (validUntil: string, signedAt: Date) =>
      t.database.db
        .insertInto('democracy_assessment')
        .values({ organisation_id: organisation.id, result: 'eligible', conditions: JSON.stringify([]), exclusions: JSON.stringify([]), summary: null, signed_by: manager.userId, signed_at: signedAt, valid_until: validUntil, basis: null, prepared_by: manager.userId, prepared_at: signedAt })
        .execute();
    await assess(addDays(today, 10), new Date(Date.now() - 86_400_000));

    expect(await find(manager, organisation.id)).toMatchObject({ type: 'democracy_assessment', reason: 'democracy_expiring', since: addDays(today, 10), requirement: 'DEM-3' });
    expect((await keysOf(otherManager)).some((k) => k.startsWith('democracy_assessment:') && k.includes(organisation.id))).toBe(false);
    expect((await keysOf(otherManager, 'all')).some((k) => k.startsWith('democracy_assessment:') && k.includes(organisation.id))).toBe(true);

    await assess(addDays(today, 1000), new Date());
    expect((await keysOf(manager)).some((k) => k.startsWith('democracy_assessment:') && k.includes(organisation.id))).toBe(false);
  });

  it('IOP-7: an annual-cycle task past its due date is on the body\'s members\' lists until it is marked done', async () => {
    const today = todayOf(t);
    const writer = sessions.get('officer')!;
    const member = await loginNewUser(t, ['steering_member']);
    const outsider = await loginNewUser(t, ['steering_member']);
    const organisation = await makeOrganisation(t.database.db, { name: 'Föreningen Årshjul' });
    const body = await createBody(t, writer, { name: 'Styrgrupp med årshjul' });
    await addMember(t, writer, body.id, { organisationId: organisation.id, userId: member.userId });
    const task = await t.database.db
      .insertInto('governance_cycle_task')
      .values({ body_id: body.id, cycle_year: Number(today.slice(0, 4)), kind: 'follow_up', due_on: addDays(today, -3), created_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();

    expect(await find(member, task.id)).toMatchObject({ type: 'annual_cycle_task', title: 'Styrgrupp med årshjul', reason: 'cycle_follow_up_due', requirement: 'IOP-7', since: addDays(today, -3) });
    expect((await keysOf(outsider)).some((k) => k.includes(task.id))).toBe(false);
    expect((await keysOf(admin, 'all')).some((k) => k.includes(task.id))).toBe(true);

    await t.database.db.updateTable('governance_cycle_task').set({ done_at: new Date(), done_by: writer.userId }).where('id', '=', task.id).execute();
    expect((await keysOf(member)).some((k) => k.includes(task.id))).toBe(false);
  });

  it('INI-7: a running cooperation not followed up within a year is on the review group\'s list until a follow-up is counted', async () => {
    const today = todayOf(t);
    const cooperationId = await insertCooperationIn(t, 'active');
    await t.database.db.updateTable('cooperation').set({ start_date: addMonths(today, -14) }).where('id', '=', cooperationId).execute();

    expect(await find(sessions.get('review_group')!, cooperationId)).toMatchObject({ type: 'review_follow_up_due', requirement: 'INI-7', since: addMonths(today, -2), link: '/beredningsgrupp' });
    expect((await keysOf(sessions.get('officer')!)).some((k) => k.includes(cooperationId))).toBe(false);

    const meeting = await t.database.db
      .insertInto('review_meeting')
      .values({ meeting_date: today, status: 'held', created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.database.db.insertInto('review_meeting_attendee').values({ meeting_id: meeting.id, user_id: sessions.get('economist')!.userId, roles: ['economist'] }).execute();
    await t.database.db
      .insertInto('review_follow_up')
      .values({ meeting_id: meeting.id, cooperation_id: cooperationId, assessment: 'Samverkan fungerar väl', recorded_by: sessions.get('review_group')!.userId, recorded_at: new Date() })
      .execute();
    expect((await keysOf(sessions.get('review_group')!)).some((k) => k.includes(cooperationId))).toBe(false);
  });

  it('IOP-5: an agreement ending within 90 days is on the responsible manager\'s list until its term is extended', async () => {
    const today = todayOf(t);
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const cooperationId = await insertCooperationIn(t, 'active', manager.userId);
    const agreementId = await insertAgreement(t, cooperationId, { startDate: addMonths(today, -6), endDate: addDays(today, 60), title: 'Avtal som snart löper ut' });

    expect(await find(manager, `agreement_ending:${agreementId}`)).toMatchObject({ type: 'agreement_ending', title: 'Avtal som snart löper ut', requirement: 'IOP-5', since: addDays(today, 60) });
    expect((await keysOf(otherManager)).some((k) => k.startsWith(`agreement_ending:${agreementId}`))).toBe(false);
    expect((await keysOf(otherManager, 'all')).some((k) => k.startsWith(`agreement_ending:${agreementId}`))).toBe(true);

    await t.database.db.updateTable('agreement_version').set({ end_date: addDays(today, 400) }).where('agreement_id', '=', agreementId).execute();
    expect((await keysOf(manager)).some((k) => k.startsWith(`agreement_ending:${agreementId}`))).toBe(false);
  });
});
