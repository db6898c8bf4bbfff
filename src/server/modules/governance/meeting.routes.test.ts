import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { createBody, jointSteeringGroup } from './governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
});
afterAll(() => t.close());

const createMeeting = (bodyId: string, payload: object, session = officer) =>
  t.as(session, { method: 'POST', url: `/api/governance-bodies/${bodyId}/meetings`, payload });

describe('meetings of governance bodies (IOP-6)', () => {
  it('records date, agenda, minutes and attendees, and changes them with the version', async () => {
    const g = await jointSteeringGroup(t, officer);
    const created = await createMeeting(g.body.id, {
      meetingDate: '2026-09-10',
      agenda: '1. Uppföljning\n2. Budget',
      attendeeMemberIds: [g.cityMember.id, g.partnerMember.id],
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({ bodyId: g.body.id, meetingDate: '2026-09-10', minutes: null, actionItems: [], decisions: [] });
    expect(meeting.attendeeMemberIds.sort()).toEqual([g.cityMember.id, g.partnerMember.id].sort());
    const updated = await t.as(manager, {
      method: 'PATCH',
      url: `/api/meetings/${meeting.id}`,
      payload: { version: meeting.version, minutes: 'Budgeten godkändes av båda parter', attendeeMemberIds: [g.partnerMember.id] },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ minutes: 'Budgeten godkändes av båda parter', attendeeMemberIds: [g.partnerMember.id] });
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/meetings/${meeting.id}`, payload: { version: meeting.version, agenda: 'x' } });
    expect(stale.statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', meeting.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['governance-meeting.created', 'governance-meeting.updated']);
  });

  it('lists a body’s meetings newest first, by cursor; a steering member reads their own body’s meetings', async () => {
    const g = await jointSteeringGroup(t, officer);
    for (const d of ['2026-02-01', '2026-04-01', '2026-09-01']) await createMeeting(g.body.id, { meetingDate: d });
    const first = (await t.as(g.partnerRep, { method: 'GET', url: `/api/governance-bodies/${g.body.id}/meetings?limit=2` })).json();
    expect(first.total).toBe(3);
    expect(first.items.map((m: { meetingDate: string }) => m.meetingDate)).toEqual(['2026-09-01', '2026-04-01']);
    const second = (await t.as(g.partnerRep, { method: 'GET', url: `/api/governance-bodies/${g.body.id}/meetings?limit=2&cursor=${first.nextCursor}` })).json();
    expect(second.items.map((m: { meetingDate: string }) => m.meetingDate)).toEqual(['2026-02-01']);
    const other = await createBody(t, officer);
    const foreign = (await createMeeting(other.id, { meetingDate: '2026-03-01' })).json();
    expect((await t.as(g.partnerRep, { method: 'GET', url: `/api/meetings/${foreign.id}` })).statusCode).toBe(404);
  });

  it('action items: owner among the members, due date, marked done', async () => {
    const g = await jointSteeringGroup(t, officer);
    const meeting = (await createMeeting(g.body.id, { meetingDate: '2026-09-10' })).json();
    const added = await t.as(officer, {
      method: 'POST',
      url: `/api/meetings/${meeting.id}/action-items`,
      payload: { text: 'Ta fram förslag till verksamhetsplan', ownerMemberId: g.partnerMember.id, dueDate: '2026-10-31' },
    });
    expect(added.statusCode).toBe(201);
    const item = added.json();
    expect(item).toMatchObject({ ownerMemberId: g.partnerMember.id, dueDate: '2026-10-31', done: false });
    const done = await t.as(officer, { method: 'PATCH', url: `/api/action-items/${item.id}`, payload: { version: item.version, done: true } });
    expect(done.json()).toMatchObject({ done: true, version: item.version + 1 });
    const detail = (await t.as(officer, { method: 'GET', url: `/api/meetings/${meeting.id}` })).json();
    expect(detail.actionItems).toMatchObject([{ id: item.id, done: true }]);
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/action-items/${item.id}`, payload: { version: item.version, done: false } });
    expect(stale.statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', item.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['governance-action-item.created', 'governance-action-item.updated']);
  });

  it('a steering member may read but not record meetings (403)', async () => {
    const g = await jointSteeringGroup(t, officer);
    expect((await createMeeting(g.body.id, { meetingDate: '2026-09-10' }, g.partnerRep)).statusCode).toBe(403);
  });
});

describe('bad input gives 400 with field paths', () => {
  it('meetings: date, attendees who are not members, unknown fields', async () => {
    const g = await jointSteeringGroup(t, officer);
    const other = await jointSteeringGroup(t, officer);
    const bad = await createMeeting(g.body.id, { meetingDate: '2026-13-40', attendeeMemberIds: ['x'], extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['attendeeMemberIds.0', 'extra', 'meetingDate']);
    const outsider = await createMeeting(g.body.id, { meetingDate: '2026-09-10', attendeeMemberIds: [g.cityMember.id, other.cityMember.id] });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().errors).toMatchObject([{ path: 'attendeeMemberIds.1' }]);
    expect((await t.as(officer, { method: 'PATCH', url: '/api/meetings/x', payload: { version: 1 } })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}/meetings?cursor=abc` })).statusCode).toBe(400);
  });

  it('action items: text required, due date, owner from another body', async () => {
    const g = await jointSteeringGroup(t, officer);
    const other = await jointSteeringGroup(t, officer);
    const meeting = (await createMeeting(g.body.id, { meetingDate: '2026-09-10' })).json();
    const bad = await t.as(officer, { method: 'POST', url: `/api/meetings/${meeting.id}/action-items`, payload: { text: ' ', dueDate: 'snart' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['dueDate', 'text']);
    const owner = await t.as(officer, {
      method: 'POST',
      url: `/api/meetings/${meeting.id}/action-items`,
      payload: { text: 'Uppgift', ownerMemberId: other.partnerMember.id },
    });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().errors).toMatchObject([{ path: 'ownerMemberId' }]);
    expect((await t.as(officer, { method: 'PATCH', url: '/api/action-items/00000000-0000-4000-8000-000000000000', payload: { version: 1 } })).statusCode).toBe(404);
  });
});
