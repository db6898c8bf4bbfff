import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { reviewMatrix } from '../../../../tests/support/authorization-matrix.review';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addMonths } from '../../../shared/organisations/democracy.rules';
import { isoDateIn } from '../../../shared/time/dates';
import { ROLES, type Role } from '../../../shared/users/roles';
import { systemContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { pdfText } from './pdf-text.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let member: Session;
let officer: Session;
let economist: { id: string };
let otherMember: { id: string };
const today = isoDateIn(new Date(), 'Europe/Stockholm');
const monthsAgo = (n: number) => addMonths(today, -n);

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  member = sessions.get('review_group')!;
  officer = sessions.get('officer')!;
  economist = await makeUser(t.database.db, { roles: ['economist'], name: 'Ekonom Ekström' });
  otherMember = await makeUser(t.database.db, { roles: ['review_group', 'officer'], name: 'Berit Beredning' });
});
afterAll(() => t.close());

let sequence = 0;
/** Inserts a cooperation directly, so these tests do not depend on the cooperation routes and gates. */
async function makeCooperation(o: { status?: string; startDate?: string | null; title?: string } = {}): Promise<{ id: string; caseNumber: string }> {
  sequence += 1;
  const caseNumber = `AMN 1999/${sequence}`;
  const row = await t.database.db
    .insertInto('cooperation')
    .values({
      case_number: caseNumber,
      case_year: 1999,
      case_sequence: sequence,
      title: o.title ?? `Samverkan ${sequence}`,
      form: 'iop',
      status: o.status ?? 'active',
      start_date: o.startDate === undefined ? monthsAgo(24) : o.startDate,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, caseNumber };
}

type Detail = {
  id: string;
  version: number;
  status: string;
  attendees: { id: string; name: string; roles: string[] }[];
  economistPresent: boolean;
  followUps: { id: string; cooperation: { id: string; caseNumber: string; title: string }; assessment: string; recordedAt: string }[];
};
type Due = { items: { cooperation: { id: string }; lastCounted: string | null; dueSince: string | null }[]; nextCursor: string | null; total: number };

const createMeeting = async (meetingDate: string): Promise<Detail> =>
  (await t.as(member, { method: 'POST', url: '/api/review-meetings', payload: { meetingDate } })).json();
const setAttendees = (id: string, userIds: string[], version: number, session = member) =>
  t.as(session, { method: 'PUT', url: `/api/review-meetings/${id}/attendees`, payload: { userIds, version } });
const followUp = (id: string, cooperationId: string, session = member) =>
  t.as(session, {
    method: 'POST',
    url: `/api/review-meetings/${id}/follow-ups`,
    payload: { cooperationId, assessment: 'Löper enligt plan, målen nås och budgeten hålls.' },
  });
const hold = (m: { id: string; version: number }) => t.as(member, { method: 'POST', url: `/api/review-meetings/${m.id}/hold`, payload: { version: m.version } });
const due = async (query = 'limit=200'): Promise<Due> => (await t.as(officer, { method: 'GET', url: `/api/review-follow-ups/due?${query}` })).json();
const dueEntry = async (cooperationId: string) => (await due()).items.find((i) => i.cooperation.id === cooperationId);

/** A meeting on the date, with the attendees, a follow-up of each cooperation, then held. */
async function heldMeetingWithFollowUps(meetingDate: string, attendees: string[], cooperationIds: string[]): Promise<Detail> {
  const meeting = await createMeeting(meetingDate);
  let detail = (await setAttendees(meeting.id, attendees, meeting.version)).json() as Detail;
  for (const id of cooperationIds) detail = (await followUp(meeting.id, id)).json();
  expect((await hold(detail)).statusCode).toBe(200);
  return detail;
}

describe('follow-up access (INI-7)', () => {
  const routes = ['PUT /api/review-meetings/:id/attendees', 'POST /api/review-meetings/:id/follow-ups', 'GET /api/review-follow-ups/due'];
  for (const route of routes) {
    const allowed = reviewMatrix[route];
    it(`${route}: allowed for ${String(allowed)}, 403 for the others`, async () => {
      expect(Array.isArray(allowed)).toBe(true);
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', '00000000-0000-4000-8000-000000000000');
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if ((allowed as Role[]).includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode, role).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }

  it('INI-7: an economist may read the due list but not record a follow-up', async () => {
    const cooperation = await makeCooperation();
    const meeting = await createMeeting(today);
    expect((await t.as(sessions.get('economist')!, { method: 'GET', url: '/api/review-follow-ups/due' })).statusCode).toBe(200);
    expect((await followUp(meeting.id, cooperation.id, sessions.get('economist')!)).statusCode).toBe(403);
    expect((await setAttendees(meeting.id, [economist.id], meeting.version, sessions.get('manager')!)).statusCode).toBe(403);
  });
});

describe('bad input gives 400 with field paths', () => {
  it('attendees: ids, version and who may attend', async () => {
    const meeting = await createMeeting(today);
    const url = `/api/review-meetings/${meeting.id}/attendees`;
    const paths = async (payload: object) => {
      const response = await t.as(member, { method: 'PUT', url, payload });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().errors.map((e: { path: string }) => e.path).sort();
    };
    expect(await paths({ userIds: ['x'], version: meeting.version })).toEqual(['userIds.0']);
    expect(await paths({ userIds: [] })).toEqual(['version']);
    expect(await paths({ userIds: [], version: meeting.version, extra: true })).toEqual(['extra']);
    const officerUser = await makeUser(t.database.db, { roles: ['officer', 'manager'] });
    const disabledEconomist = await makeUser(t.database.db, { roles: ['economist'], status: 'disabled' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await paths({ userIds: [economist.id, officerUser.id, disabledEconomist.id, unknown], version: meeting.version })).toEqual([
      'userIds.1',
      'userIds.2',
      'userIds.3',
    ]);
    const response = await t.as(member, { method: 'PUT', url, payload: { userIds: [officerUser.id], version: meeting.version } });
    expect(response.json().errors[0].message).toMatch(/beredningsgruppen eller ekonom/);
    expect((await t.as(member, { method: 'GET', url: `/api/review-meetings/${meeting.id}` })).json().attendees).toEqual([]);
  });

  it('follow-ups: cooperation and assessment', async () => {
    const meeting = await createMeeting(today);
    const url = `/api/review-meetings/${meeting.id}/follow-ups`;
    const paths = async (payload: object) => {
      const response = await t.as(member, { method: 'POST', url, payload });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().errors.map((e: { path: string }) => e.path).sort();
    };
    const cooperation = await makeCooperation();
    expect(await paths({ cooperationId: cooperation.id, assessment: '   ' })).toEqual(['assessment']);
    expect(await paths({ cooperationId: 'nope' })).toEqual(['assessment', 'cooperationId']);
    expect(await paths({ cooperationId: '00000000-0000-4000-8000-000000000000', assessment: 'Bra' })).toEqual(['cooperationId']);
    expect((await t.as(officer, { method: 'GET', url: '/api/review-follow-ups/due?limit=0' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/review-follow-ups/due?cursor=garbage' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/review-follow-ups/due?status=x' })).statusCode).toBe(400);
  });
});

describe('yearly follow-up of running cooperations (INI-7)', () => {
  it('INI-7: a follow-up at a held meeting with an economist takes the cooperation off the due list; without one it stays due', async () => {
    const counted = await makeCooperation({ title: 'Läxhjälp i Tensta' });
    const notCounted = await makeCooperation();
    expect((await dueEntry(counted.id))?.dueSince).toBe(monthsAgo(12));

    const meeting = await createMeeting(monthsAgo(1));
    const attended = await setAttendees(meeting.id, [otherMember.id, economist.id, economist.id], meeting.version);
    expect(attended.statusCode, attended.body).toBe(200);
    expect(attended.json().attendees).toEqual([
      { id: otherMember.id, name: 'Berit Beredning', roles: ['review_group', 'officer'] },
      { id: economist.id, name: 'Ekonom Ekström', roles: ['economist'] },
    ]);
    expect(attended.json().economistPresent).toBe(true);
    const recorded = await followUp(meeting.id, counted.id);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const detail = recorded.json() as Detail;
    expect(detail.followUps).toHaveLength(1);
    expect(detail.followUps[0]).toMatchObject({
      cooperation: { id: counted.id, caseNumber: counted.caseNumber, title: 'Läxhjälp i Tensta' },
      assessment: 'Löper enligt plan, målen nås och budgeten hålls.',
    });
    // Recorded at a planned meeting, the follow-up does not count yet.
    expect(await dueEntry(counted.id)).toBeDefined();
    expect((await hold(detail)).statusCode).toBe(200);
    expect(await dueEntry(counted.id)).toBeUndefined();

    await heldMeetingWithFollowUps(monthsAgo(1), [otherMember.id], [notCounted.id]);
    expect(await dueEntry(notCounted.id)).toEqual({
      cooperation: { id: notCounted.id, caseNumber: notCounted.caseNumber, title: expect.any(String), form: 'iop', status: 'active' },
      lastCounted: null,
      dueSince: monthsAgo(12),
    });

    const minutes = await t.as(officer, { method: 'GET', url: `/api/review-meetings/${meeting.id}/minutes.pdf` });
    const text = pdfText(minutes.rawPayload);
    expect(text).toContain('Uppföljning av pågående samverkan (INI-7)');
    expect(text).toContain('Ekonom Ekström (ekonom, Ekonomistaben)');
    expect(text).toContain(`${counted.caseNumber} Läxhjälp i Tensta`);

    const history = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${counted.id}/history` })).json();
    expect(history.items.map((e: { action: string }) => e.action)).toContain('cooperation.followed-up');
  });

  it('INI-7: a counted follow-up 11 months ago keeps it off the list; 13 months ago it is due again', async () => {
    const recent = await makeCooperation();
    const old = await makeCooperation();
    await heldMeetingWithFollowUps(monthsAgo(11), [otherMember.id, economist.id], [recent.id]);
    await heldMeetingWithFollowUps(monthsAgo(13), [otherMember.id, economist.id], [old.id]);
    expect(await dueEntry(recent.id)).toBeUndefined();
    expect(await dueEntry(old.id)).toMatchObject({ lastCounted: monthsAgo(13), dueSince: monthsAgo(1) });
  });

  it('INI-7: never followed up, a cooperation is due a year after its start, else after it became active', async () => {
    const young = await makeCooperation({ startDate: monthsAgo(6) });
    const undated = await makeCooperation({ startDate: null });
    const activatedNow = await makeCooperation({ startDate: null });
    await t.database.db.transaction().execute((trx) =>
      recordAudit(trx, systemContext('test'), {
        action: 'cooperation.transitioned',
        entityType: 'cooperation',
        entityId: activatedNow.id,
        before: { status: 'preparing' },
        after: { status: 'active' },
      }),
    );
    expect(await dueEntry(young.id)).toBeUndefined();
    expect(await dueEntry(activatedNow.id)).toBeUndefined();
    expect(await dueEntry(undated.id)).toMatchObject({ lastCounted: null, dueSince: null });
  });

  it('INI-7: lists the longest overdue first, page by page, with the total', async () => {
    const all = await due();
    expect(all.total).toBe(all.items.length);
    const keys = all.items.map((i) => i.dueSince ?? '');
    expect(keys).toEqual([...keys].sort());
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Due = await due(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((i) => i.cooperation.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.cooperation.id));
  });

  it('INI-7: only running cooperations are followed up, once per meeting', async () => {
    const ended = await makeCooperation({ status: 'ended', startDate: monthsAgo(30) });
    const preparing = await makeCooperation({ status: 'preparing' });
    const underReview = await makeCooperation({ status: 'under_review' });
    const meeting = await createMeeting(today);
    for (const c of [ended, preparing]) {
      const refused = await followUp(meeting.id, c.id);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('transition_not_allowed');
    }
    expect((await due()).items.map((i) => i.cooperation.id)).not.toContain(ended.id);
    expect((await followUp(meeting.id, underReview.id)).statusCode).toBe(201);
    const again = await followUp(meeting.id, underReview.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('cooperationId');
  });

  it('attendees need the current version and are frozen, like follow-ups, once the meeting is held', async () => {
    const cooperation = await makeCooperation();
    const meeting = await createMeeting(today);
    const stale = await setAttendees(meeting.id, [economist.id], meeting.version - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const set = (await setAttendees(meeting.id, [economist.id], meeting.version)).json() as Detail;
    const cleared = (await setAttendees(meeting.id, [], set.version)).json() as Detail;
    expect(cleared.attendees).toEqual([]);
    expect(cleared.economistPresent).toBe(false);
    const held = (await hold(cleared)).json() as Detail;
    const frozen = await setAttendees(meeting.id, [economist.id], held.version);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('meeting_already_held');
    const late = await followUp(meeting.id, cooperation.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('meeting_already_held');
    expect((await t.as(member, { method: 'POST', url: '/api/review-meetings/00000000-0000-4000-8000-000000000000/follow-ups', payload: { cooperationId: cooperation.id, assessment: 'x' } })).statusCode).toBe(404);
  });
});
