import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lifecycleMatrix } from '../../../../tests/support/authorization-matrix.lifecycle';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { todayOf } from '../governance/governance-fixtures.test-helper';
import { insertAgreement, insertCooperationIn } from './lifecycle-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let manager: Session;
let reader: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  manager = sessions.get('manager')!;
  reader = sessions.get('review_group')!;
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
type DueItem = { agreementId: string; status: string; dueOn: string; nextReviewYear: number };

/** A review as the responsible manager records it, consulted with the review group. */
const review = (today: string, payload: Record<string, unknown> = {}) => ({
  reviewYear: Number(today.slice(0, 4)),
  trigger: 'yearly',
  reviewedOn: today,
  reviewGroupConsultedOn: today,
  outcome: 'continue',
  reasons: 'Målen nås och behovet kvarstår',
  ...payload,
});
const record = (agreementId: string, payload: Record<string, unknown>, session = manager) =>
  t.as(session, { method: 'POST', url: `/api/agreements/${agreementId}/annual-reviews`, payload });

async function dueList(session = reader, query = 'limit=200'): Promise<{ items: DueItem[]; nextCursor: string | null; total: number }> {
  const response = await t.as(session, { method: 'GET', url: `/api/annual-reviews/due?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('annual review access', () => {
  const routes = Object.entries(lifecycleMatrix).filter(([route]) => route.includes('annual-reviews'));
  for (const [route, allowed] of routes) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL);
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }
});

describe('annual review (IOP-8, AGR-7)', () => {
  it('IOP-8: an agreement past its anniversary is overdue on the worklist until the manager records the review', async () => {
    const today = todayOf(t);
    const cooperationId = await insertCooperationIn(t, 'active', manager.userId);
    // Started thirteen months ago: the first anniversary passed a month ago.
    const startDate = addMonths(today, -13);
    const agreementId = await insertAgreement(t, cooperationId, { startDate });
    const dueOn = addMonths(startDate, 12);

    const before = await t.as(reader, { method: 'GET', url: `/api/agreements/${agreementId}/annual-reviews` });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ agreementId, cooperationId, items: [], due: { status: 'overdue', dueOn, nextReviewYear: Number(dueOn.slice(0, 4)) } });
    expect((await dueList()).items.find((i) => i.agreementId === agreementId)).toMatchObject({ status: 'overdue', dueOn });
    expect((await dueList(manager, 'mine=true')).items.map((i) => i.agreementId)).toContain(agreementId);
    expect((await dueList(sessions.get('officer')!, 'mine=true')).items.map((i) => i.agreementId)).not.toContain(agreementId);

    const meeting = await t.database.db
      .insertInto('review_meeting')
      .values({ meeting_date: addDays(today, -7), status: 'held', created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const otherManager = await t.loginAs('manager');
    const notTheirs = await record(agreementId, review(today, { reviewYear: Number(dueOn.slice(0, 4)) }), otherManager);
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().code).toBe('not_responsible_manager');
    const recorded = await record(
      agreementId,
      review(today, { reviewYear: Number(dueOn.slice(0, 4)), reviewGroupConsultedOn: addDays(today, -7), reviewMeetingId: meeting.id, outcome: 'revise', reasons: 'Verksamhetsplanen behöver uppdateras' }),
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().items[0]).toMatchObject({
      reviewYear: Number(dueOn.slice(0, 4)),
      outcome: 'revise',
      trigger: 'yearly',
      reasons: 'Verksamhetsplanen behöver uppdateras',
      responsibleManager: { id: manager.userId },
      reviewMeeting: { id: meeting.id, meetingDate: addDays(today, -7) },
    });
    expect(recorded.json().due).toMatchObject({ status: 'not_due', nextReviewYear: Number(dueOn.slice(0, 4)) + 1 });
    expect((await dueList()).items.map((i) => i.agreementId)).not.toContain(agreementId);

    const history = (await t.as(sessions.get('admin')!, { method: 'GET', url: `/api/audit-log?entityType=agreement&entityId=${agreementId}` })).json();
    expect(JSON.stringify(history)).toContain('agreement.annual_review_recorded');
  });

  it('AGR-7: a review prompted by a competitive situation is recorded too; reviews are listed newest first', async () => {
    const today = todayOf(t);
    const cooperationId = await insertCooperationIn(t, 'under_review');
    const agreementId = await insertAgreement(t, cooperationId, { startDate: addMonths(today, -30) });
    const year = Number(today.slice(0, 4));
    expect((await record(agreementId, review(today, { reviewYear: year - 1, reviewedOn: addMonths(today, -12), reviewGroupConsultedOn: addMonths(today, -12) }))).statusCode).toBe(201);
    const second = await record(agreementId, review(today, { reviewYear: year, trigger: 'competitive_situation', outcome: 'terminate', reasons: 'Flera aktörer erbjuder nu samma tjänst' }));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().items.map((r: { reviewYear: number; trigger: string }) => [r.reviewYear, r.trigger])).toEqual([
      [year, 'competitive_situation'],
      [year - 1, 'yearly'],
    ]);
  });

  it('a yearly review is due within 60 days of the anniversary; drafts and ended cooperations are not on the worklist', async () => {
    const today = todayOf(t);
    const soon = await insertAgreement(t, await insertCooperationIn(t, 'active'), { startDate: addDays(addMonths(today, -12), 30) });
    const later = await insertAgreement(t, await insertCooperationIn(t, 'active'), { startDate: addDays(addMonths(today, -12), 90) });
    const draft = await insertAgreement(t, await insertCooperationIn(t, 'active'), { startDate: addMonths(today, -13), status: 'draft' });
    const ended = await insertAgreement(t, await insertCooperationIn(t, 'ended'), { startDate: addMonths(today, -13) });
    const ids = (await dueList()).items.map((i) => i.agreementId);
    expect(ids).toContain(soon);
    expect(ids).not.toContain(later);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(ended);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${soon}/annual-reviews` })).json().due.status).toBe('due');
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${later}/annual-reviews` })).json().due.status).toBe('not_due');
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${draft}/annual-reviews` })).json().due.status).toBe('not_required');
    const refused = await record(ended, review(today));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('cooperation_ended');
  });

  it('the worklist is paginated by due date without repeats', async () => {
    const today = todayOf(t);
    for (let i = 0; i < 3; i += 1) await insertAgreement(t, await insertCooperationIn(t, 'active'), { startDate: addMonths(today, -14 - i) });
    const all = await dueList();
    expect(all.total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await dueList(reader, `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.agreementId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.agreementId));
    expect([...all.items.map((i) => i.dueOn)]).toEqual([...all.items.map((i) => i.dueOn)].sort());
    expect((await t.as(reader, { method: 'GET', url: '/api/annual-reviews/due?cursor=garbage' })).statusCode).toBe(400);
    expect((await t.as(reader, { method: 'GET', url: '/api/annual-reviews/due?limit=0' })).statusCode).toBe(400);
  });

  it('bad input is 400 with the fields named, never 500; an unknown agreement is 404', async () => {
    const today = todayOf(t);
    const agreementId = await insertAgreement(t, await insertCooperationIn(t, 'active'), { startDate: '2024-01-01' });
    expect(paths(await record(agreementId, review(today, { reasons: ' ' })))).toEqual(['reasons']);
    expect(paths(await record(agreementId, review(today, { outcome: 'maybe' })))).toEqual(['outcome']);
    expect(paths(await record(agreementId, review(today, { trigger: 'whim' })))).toEqual(['trigger']);
    expect(paths(await record(agreementId, review(today, { reviewYear: 1800 })))).toEqual(['reviewYear']);
    expect(paths(await record(agreementId, review(today, { reviewedOn: 'igår' })))).toEqual(['reviewedOn']);
    expect(paths(await record(agreementId, review(today, { reviewedOn: addDays(today, 1) })))).toEqual(['reviewedOn']);
    expect(paths(await record(agreementId, review(today, { reviewGroupConsultedOn: addDays(today, 1) })))).toEqual(['reviewGroupConsultedOn']);
    expect(paths(await record(agreementId, review(today, { reviewMeetingId: NIL })))).toEqual(['reviewMeetingId']);
    expect(paths(await record(agreementId, { ...review(today), extra: true }))).toEqual(['extra']);
    expect((await record(NIL, review(today))).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${NIL}/annual-reviews` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: '/api/agreements/nope/annual-reviews' })).statusCode).toBe(400);
    // Only a manager records the review (IOP-8), not an officer or the review group itself.
    expect((await record(agreementId, review(today), sessions.get('officer')!)).statusCode).toBe(403);
    expect((await record(agreementId, review(today), reader)).statusCode).toBe(403);
  });
});
