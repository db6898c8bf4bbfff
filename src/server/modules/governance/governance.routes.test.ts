import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governanceMatrix } from '../../../../tests/support/authorization-matrix.governance';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { addMember, createBody, insertCooperation, jointSteeringGroup, loginNewUser, todayOf } from './governance-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
});
afterAll(() => t.close());

const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();

describe('governance access (AGR-3, IOP-6)', () => {
  const concrete = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000');
  for (const [route, allowed] of Object.entries(governanceMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete(url), ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }

  it('the public gets 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/governance-bodies' })).statusCode).toBe(401);
  });

  it('AGR-3: a review-group member and an economist read bodies but may not create one', async () => {
    const body = await createBody(t, officer);
    for (const role of ['review_group', 'economist'] as const) {
      expect((await t.as(sessions.get(role)!, { method: 'GET', url: `/api/governance-bodies/${body.id}` })).statusCode).toBe(200);
      const denied = await t.as(sessions.get(role)!, { method: 'POST', url: '/api/governance-bodies', payload: { type: 'cluster', name: 'Järva' } });
      expect(denied.statusCode).toBe(403);
    }
  });
});

describe('bad input gives 400 with field paths', () => {
  it('bodies: type, name, unknown fields, ids', async () => {
    const bad = await t.as(officer, { method: 'POST', url: '/api/governance-bodies', payload: { type: 'committee', name: ' ', extra: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['extra', 'name', 'type']);
    expect((await t.as(officer, { method: 'GET', url: '/api/governance-bodies/not-a-uuid' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/governance-bodies?type=nope' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/governance-bodies?cursor=%%%' })).statusCode).toBe(400);
  });

  it('bodies: unknown cooperation or parent body, a reporting cycle, missing version', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const coop = await t.as(officer, { method: 'POST', url: '/api/governance-bodies', payload: { type: 'cluster', name: 'Järva', cooperationIds: [unknown] } });
    expect(coop.statusCode).toBe(400);
    expect(paths(coop)).toEqual(['cooperationIds.0']);
    const parent = await t.as(officer, { method: 'POST', url: '/api/governance-bodies', payload: { type: 'working_group', name: 'AG', reportsToId: unknown } });
    expect(paths(parent)).toEqual(['reportsToId']);
    const operative = await createBody(t, officer, { type: 'operative_steering_group' });
    const group = await createBody(t, officer, { type: 'working_group', permanent: false, reportsToId: operative.id });
    const cycle = await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${operative.id}`, payload: { version: operative.version, reportsToId: group.id } });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].message).toMatch(/rapportera/);
    expect((await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${operative.id}`, payload: { name: 'x' } })).statusCode).toBe(400);
  });

  it('members: organisation and user must exist, role title is required', async () => {
    const body = await createBody(t, officer);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const bad = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${body.id}/members`, payload: { name: 'A', organisationId: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['organisationId', 'roleTitle']);
    const org = await t.as(officer, {
      method: 'POST',
      url: `/api/governance-bodies/${body.id}/members`,
      payload: { name: 'A', organisationId: unknown, roleTitle: 'Ordförande' },
    });
    expect(paths(org)).toEqual(['organisationId']);
    const organisation = await makeOrganisation(t.database.db);
    const user = await t.as(officer, {
      method: 'POST',
      url: `/api/governance-bodies/${body.id}/members`,
      payload: { name: 'A', organisationId: organisation.id, roleTitle: 'Ordförande', userId: unknown },
    });
    expect(paths(user)).toEqual(['userId']);
  });
});

describe('governance bodies and members (AGR-3)', () => {
  it('AGR-3: creates a body with mandate, members and linked cooperation; steering groups meet per semester by default', async () => {
    const cooperationId = await insertCooperation(t);
    const created = await createBody(t, officer, { cooperationIds: [cooperationId] });
    expect(created.cadence).toBe('per_semester');
    const organisation = await makeOrganisation(t.database.db);
    const member = await addMember(t, officer, created.id, { organisationId: organisation.id, name: 'Anna Andersson' });
    const detail = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${created.id}` })).json();
    expect(detail.mandate).toBe('Leder samverkan');
    expect(detail.cooperations.map((c: { id: string }) => c.id)).toEqual([cooperationId]);
    expect(detail.members).toMatchObject([{ id: member.id, name: 'Anna Andersson', organisation: { id: organisation.id }, roleTitle: 'Representant', active: true }]);
    const forum = await createBody(t, officer, { type: 'staff_forum' });
    expect(forum.cadence).toBe('none');
    const list = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies?cooperationId=${cooperationId}` })).json();
    expect(list.items.map((b: { id: string }) => b.id)).toEqual([created.id]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [created.id, member.id]).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['governance-body.created', 'governance-member.added']);
  });

  it('filters by type and pages by cursor', async () => {
    for (let i = 0; i < 3; i++) await createBody(t, officer, { type: 'managers_forum' });
    const first = (await t.as(officer, { method: 'GET', url: '/api/governance-bodies?type=managers_forum&limit=2' })).json();
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    const second = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies?type=managers_forum&limit=2&cursor=${first.nextCursor}` })).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it('members are deactivated, not removed; a stale version is a 409; a closed body takes no members', async () => {
    const body = await createBody(t, officer);
    const organisation = await makeOrganisation(t.database.db);
    const member = await addMember(t, officer, body.id, { organisationId: organisation.id });
    const off = await t.as(officer, { method: 'PATCH', url: `/api/governance-members/${member.id}`, payload: { version: member.version, active: false } });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/governance-members/${member.id}`, payload: { version: member.version, active: true } });
    expect(stale.statusCode).toBe(409);
    const closed = await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${body.id}`, payload: { version: body.version, status: 'closed' } });
    expect(closed.json().status).toBe('closed');
    const refused = await t.as(officer, {
      method: 'POST',
      url: `/api/governance-bodies/${body.id}/members`,
      payload: { name: 'B', organisationId: organisation.id, roleTitle: 'Ledamot' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('governance_body_closed');
  });

  it('IOP-6: a steering member reads only the bodies they are a member of (404 for others)', async () => {
    const { body, partnerRep } = await jointSteeringGroup(t, officer);
    const other = await createBody(t, officer);
    expect((await t.as(partnerRep, { method: 'GET', url: `/api/governance-bodies/${body.id}` })).statusCode).toBe(200);
    expect((await t.as(partnerRep, { method: 'GET', url: `/api/governance-bodies/${other.id}` })).statusCode).toBe(404);
    expect((await t.as(partnerRep, { method: 'GET', url: `/api/governance-bodies/${other.id}/meetings` })).statusCode).toBe(404);
    const list = (await t.as(partnerRep, { method: 'GET', url: '/api/governance-bodies' })).json();
    expect(list.items.map((b: { id: string }) => b.id)).toEqual([body.id]);
    expect(list.total).toBe(1);
    const outsider = await loginNewUser(t, ['steering_member']);
    expect((await t.as(outsider, { method: 'GET', url: '/api/governance-bodies' })).json().total).toBe(0);
  });
});

describe('linking a partner representative to their login (IOP-6)', () => {
  it('IOP-6: a steering member picked from the directory reads and votes in that body only', async () => {
    const g = await jointSteeringGroup(t, officer);
    const representative = await loginNewUser(t, ['steering_member']);
    const decision = (
      await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${g.body.id}/decisions`, payload: { text: 'Budgeten för nästa år fastställs' } })
    ).json();
    expect((await t.as(representative, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).statusCode).toBe(404);
    const directory = (await t.as(officer, { method: 'GET', url: '/api/user-directory?role=steering_member' })).json();
    const picked = directory.items.find((u: { id: string }) => u.id === representative.userId);
    expect(picked).toBeDefined();
    const partnerOrg = await makeOrganisation(t.database.db, { name: 'Föreningen Ny part' });
    const member = await addMember(t, officer, g.body.id, { organisationId: partnerOrg.id, name: 'Ny representant' });
    const linked = await t.as(officer, { method: 'PATCH', url: `/api/governance-members/${member.id}`, payload: { version: member.version, userId: picked.id } });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().userId).toBe(representative.userId);
    expect((await t.as(representative, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).statusCode).toBe(200);
    const vote = await t.as(representative, { method: 'POST', url: `/api/decisions/${decision.id}/approve` });
    expect(vote.statusCode, vote.body).toBe(200);
    expect(vote.json().votes).toContainEqual(expect.objectContaining({ memberId: member.id, organisationId: partnerOrg.id, userId: representative.userId }));
    const other = await jointSteeringGroup(t, officer);
    const foreign = (
      await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${other.body.id}/decisions`, payload: { text: 'Annat organs beslut' } })
    ).json();
    expect((await t.as(representative, { method: 'GET', url: `/api/governance-bodies/${other.body.id}` })).statusCode).toBe(404);
    expect((await t.as(representative, { method: 'POST', url: `/api/decisions/${foreign.id}/approve` })).statusCode).toBe(403);
    const untouched = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${other.body.id}` })).json();
    expect(untouched.decisions).toMatchObject([{ id: foreign.id, status: 'proposed', votes: [] }]);
  });
});

describe('meeting cadence flag (IOP-6)', () => {
  it('IOP-6: a steering group without a meeting this semester is flagged, on the body and on its cooperation; recording a meeting clears it', async () => {
    const cooperationId = await insertCooperation(t);
    const body = await createBody(t, officer, { cooperationIds: [cooperationId] });
    expect(body.flagged).toBe(true);
    expect(body.meetingCadenceMet).toBe(false);
    const onCooperation = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${cooperationId}/governance` })).json();
    expect(onCooperation.items).toMatchObject([{ id: body.id, flagged: true }]);

    const recorded = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${body.id}/meetings`, payload: { meetingDate: todayOf(t) } });
    expect(recorded.statusCode).toBe(201);
    const after = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${body.id}` })).json();
    expect(after).toMatchObject({ flagged: false, meetingCadenceMet: true, lastMeetingDate: todayOf(t) });
    const listed = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${cooperationId}/governance` })).json();
    expect(listed.items).toMatchObject([{ id: body.id, flagged: false }]);
  });

  it('IOP-6: a meeting only planned for next year does not clear the flag; other kinds of body are never flagged', async () => {
    const body = await createBody(t, officer);
    const nextYear = `${Number(todayOf(t).slice(0, 4)) + 1}-01-15`;
    await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${body.id}/meetings`, payload: { meetingDate: nextYear } });
    expect((await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${body.id}` })).json().flagged).toBe(true);
    const group = await createBody(t, officer, { type: 'working_group', cadence: 'per_semester' });
    expect(group).toMatchObject({ meetingCadenceMet: false, flagged: false });
  });

  it('IOP-6: the list filters active bodies without a meeting so far this semester, and shows the cooperations each governs', async () => {
    const cooperationId = await insertCooperation(t, 'IOP med terminsmöten');
    const today = todayOf(t);
    const year = Number(today.slice(0, 4));
    const lastSemester = Number(today.slice(5, 7)) <= 6 ? `${year - 1}-12-15` : `${year}-06-15`;
    const met = await createBody(t, officer, { name: 'Mötts i terminen', cooperationIds: [cooperationId] });
    const notMet = await createBody(t, officer, { name: 'Inget möte alls', cooperationIds: [cooperationId] });
    const metBefore = await createBody(t, officer, { name: 'Mötts förra terminen', cooperationIds: [cooperationId] });
    const closed = await createBody(t, officer, { name: 'Avslutat organ', cooperationIds: [cooperationId] });
    await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${met.id}/meetings`, payload: { meetingDate: today } });
    await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${metBefore.id}/meetings`, payload: { meetingDate: lastSemester } });
    await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${closed.id}`, payload: { version: closed.version, status: 'closed' } });
    const list = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies?cooperationId=${cooperationId}&withoutMeetingThisSemester=true` })).json();
    expect(list.items.map((b: { name: string }) => b.name)).toEqual(['Inget möte alls', 'Mötts förra terminen']);
    expect(list.total).toBe(2);
    expect(list.items[0].cooperations).toEqual([{ id: cooperationId, caseNumber: expect.stringMatching(/^GOV /), title: 'IOP med terminsmöten' }]);
    const all = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies?cooperationId=${cooperationId}&withoutMeetingThisSemester=false` })).json();
    expect(all.total).toBe(4);
    expect(notMet.id).toBe(list.items[0].id);
    const bad = await t.as(officer, { method: 'GET', url: '/api/governance-bodies?withoutMeetingThisSemester=kanske' });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['query.withoutMeetingThisSemester']);
  });

  it('an unknown cooperation is a 404', async () => {
    expect((await t.as(officer, { method: 'GET', url: '/api/cooperations/00000000-0000-4000-8000-000000000000/governance' })).statusCode).toBe(404);
  });

  it("IOP-6: a steering member gets the same 404 for a cooperation outside their bodies as for one that does not exist (existence does not leak), and their own cooperation's bodies", async () => {
    const g = await jointSteeringGroup(t, officer);
    const own = await insertCooperation(t, 'IOP som ledamoten styr');
    const foreign = await insertCooperation(t, 'IOP som ledamoten inte styr');
    const body = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).json();
    await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${g.body.id}`, payload: { version: body.version, cooperationIds: [own] } });
    await createBody(t, officer, { cooperationIds: [foreign] });
    const ask = (id: string, session: Session) => t.as(session, { method: 'GET', url: `/api/cooperations/${id}/governance` });
    const hidden = await ask(foreign, g.partnerRep);
    const missing = await ask('00000000-0000-4000-8000-000000000000', g.partnerRep);
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
    // A cooperation without any body is not told apart either.
    expect((await ask(await insertCooperation(t, 'IOP utan organ'), g.partnerRep)).json()).toEqual(missing.json());
    const seen = await ask(own, g.partnerRep);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toMatchObject([{ id: g.body.id, cooperations: [{ id: own, title: 'IOP som ledamoten styr' }] }]);
    // Staff still see that a cooperation exists without bodies.
    expect((await ask(foreign, officer)).json().items).toHaveLength(1);
  });
});
