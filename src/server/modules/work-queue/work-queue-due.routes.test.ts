import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../shared/organisations/partner-control.rules';
import { previousSemester, reservedContractLimit } from '../../../shared/work-queue/due.rules';
import { agreementGovernance, followUpPayload } from '../followup/follow-up-fixtures.test-helper';
import { insertPlan } from '../followup/measurement-fixtures.test-helper';
import { addMember, loginNewUser, todayOf } from '../governance/governance-fixtures.test-helper';
import { insertCooperationIn } from '../lifecycle/lifecycle-fixtures.test-helper';

let t: TestApp;
let admin: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

type Item = { key: string; type: string; title: string; reason: string; requirement: string; since: string; link: string; assignee: { userId: string | null } };

async function items(session: Session, scope?: 'mine' | 'all'): Promise<Item[]> {
  const response = await t.as(session, { method: 'GET', url: `/api/work-queue${scope ? `?scope=${scope}` : ''}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Item[] }).items;
}
const find = async (session: Session, key: string, scope?: 'mine' | 'all') => (await items(session, scope)).find((i) => i.key === key);
const has = async (session: Session, key: string, scope?: 'mine' | 'all') => (await find(session, key, scope)) !== undefined;

/** Sets a cooperation's form, status and start date directly. */
async function setCooperation(id: string, values: { form?: string; status?: string; start_date?: string }) {
  await t.database.db.updateTable('cooperation').set(values).where('id', '=', id).execute();
}

describe('work queue: partner control, reserved contracts, follow-ups and deviations', () => {
  it('ORG-4, IOP-3: a civil-society party of an IOP being prepared with a control document missing is on the manager\'s list until every document is received or marked as not existing', async () => {
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const organisation = await makeOrganisation(t.database.db, { name: 'Föreningen Kontroll' });
    const cooperationId = await insertCooperationIn(t, 'preparing', manager.userId);
    await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperationId, organisation_id: organisation.id }).execute();
    const key = `partner_control:${organisation.id}`;

    expect(await find(manager, key)).toMatchObject({
      type: 'partner_control',
      title: 'Föreningen Kontroll',
      reason: 'partner_control_missing',
      requirement: 'ORG-4',
      link: `/organisationer/${organisation.id}`,
      assignee: { userId: manager.userId },
    });
    expect(await has(otherManager, key)).toBe(false);
    expect(await has(otherManager, key, 'all')).toBe(true);
    expect(await has(officer, key, 'all')).toBe(false);

    // The same organisation in an ended IOP only would not be listed; here it is resolved document by document.
    for (const [index, documentType] of PARTNER_CONTROL_DOCUMENTS.entries()) {
      const response = await t.as(officer, { method: 'PUT', url: `/api/organisations/${organisation.id}/partner-control/${documentType}`, payload: { reason: 'Finns inte hos en ny förening' } });
      expect(response.statusCode, response.body).toBe(200);
      if (index < PARTNER_CONTROL_DOCUMENTS.length - 1) expect(await has(manager, key)).toBe(true);
    }
    expect(await has(manager, key)).toBe(false);
  });

  it('ORG-4: a party only of an ended IOP, or of another form, is not listed', async () => {
    const manager = await loginNewUser(t, ['manager']);
    const ended = await makeOrganisation(t.database.db, { name: 'Föreningen Avslutad' });
    const endedIop = await insertCooperationIn(t, 'ended', manager.userId);
    const procurement = await insertCooperationIn(t, 'active', manager.userId);
    await setCooperation(procurement, { form: 'procurement' });
    await t.database.db
      .insertInto('cooperation_party')
      .values([
        { cooperation_id: endedIop, organisation_id: ended.id },
        { cooperation_id: procurement, organisation_id: ended.id },
      ])
      .execute();
    expect(await has(manager, `partner_control:${ended.id}`)).toBe(false);
  });

  it('FRM-6: a running reserved contract within six months of its three-year limit is on its manager\'s list until it ends', async () => {
    const today = todayOf(t);
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const near = await insertCooperationIn(t, 'active', manager.userId);
    const startDate = addMonths(today, -31);
    await setCooperation(near, { form: 'reserved_contract', start_date: startDate });
    const young = await insertCooperationIn(t, 'active', manager.userId);
    await setCooperation(young, { form: 'reserved_contract', start_date: addMonths(today, -20) });

    expect(await find(manager, `reserved_contract_limit:${near}`)).toMatchObject({
      type: 'reserved_contract_limit',
      reason: 'reserved_contract_limit',
      requirement: 'FRM-6',
      since: reservedContractLimit(startDate),
      link: `/samverkan/${near}`,
    });
    expect(await has(manager, `reserved_contract_limit:${young}`)).toBe(false);
    expect(await has(otherManager, `reserved_contract_limit:${near}`)).toBe(false);
    expect(await has(otherManager, `reserved_contract_limit:${near}`, 'all')).toBe(true);

    await setCooperation(near, { status: 'ended' });
    expect(await has(manager, `reserved_contract_limit:${near}`)).toBe(false);
  });

  it('IOP-7: an ended period of an adopted plan without any value is on the manager\'s list until a value is entered', async () => {
    const today = todayOf(t);
    const lastYear = Number(today.slice(0, 4)) - 1;
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const cooperationId = await insertCooperationIn(t, 'active', manager.userId);
    const plan = await insertPlan(t, { cooperationId, year: lastYear, periodKind: 'semester' });
    const spring = `measurements_due:${plan.planId}:${lastYear}-H1`;
    const autumn = `measurements_due:${plan.planId}:${lastYear}-H2`;

    expect(await find(manager, spring)).toMatchObject({
      type: 'measurements_due',
      reason: 'measurements_missing',
      requirement: 'IOP-7',
      since: `${lastYear}-07-01`,
      link: `/samverkan/${cooperationId}/matningar`,
    });
    expect(await has(manager, autumn)).toBe(true);
    expect(await has(otherManager, spring)).toBe(false);
    expect(await has(otherManager, spring, 'all')).toBe(true);

    // An empty sheet is no measurement; a value is.
    const sheet = await t.database.db.insertInto('measurement_sheet').values({ plan_id: plan.planId, period: `${lastYear}-H1`, updated_at: new Date() }).returning('id').executeTakeFirstOrThrow();
    expect(await has(manager, spring)).toBe(true);
    await t.database.db.insertInto('measurement_cell').values({ sheet_id: sheet.id, indicator_id: plan.indicators['Deltagare'] ?? '', dimension: null, category: null, value: 42, unknown: false }).execute();
    expect(await has(manager, spring)).toBe(false);
    expect(await has(manager, autumn)).toBe(true);
  });

  it('AGR-5: the operative steering group\'s follow-up of last semester is on its members\' lists until it is recorded', async () => {
    const today = todayOf(t);
    const g = await agreementGovernance(t, officer);
    const member = await loginNewUser(t, ['steering_member']);
    const outsider = await loginNewUser(t, ['steering_member']);
    const organisation = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Arbetsmarknadsförvaltningen Uppföljning' });
    await addMember(t, officer, g.operative.id, { organisationId: organisation.id, userId: member.userId });
    const semester = previousSemester(today);
    const key = `follow_up_due:${g.operative.id}:operative_semester:${semester.period}`;
    // A body set up after the semester ended owes no follow-up of it.
    expect(await has(member, key)).toBe(false);
    await t.database.db.updateTable('governance_body').set({ created_at: new Date('2020-01-01T00:00:00Z') }).where('id', '=', g.operative.id).execute();

    expect(await find(member, key)).toMatchObject({ type: 'follow_up_due', reason: 'follow_up_operative_due', requirement: 'AGR-5', since: addDays(semester.end, 1), link: `/samverkan/${g.cooperationId}` });
    expect(await has(outsider, key)).toBe(false);
    expect(await has(admin, key, 'all')).toBe(true);

    const recorded = await t.as(officer, {
      method: 'POST',
      url: `/api/cooperations/${g.cooperationId}/follow-up-records`,
      payload: followUpPayload('operative_semester', semester.period, g.operative.id, { heldOn: today }),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(await has(member, key)).toBe(false);
  });

  it('AGR-4: a deviation without a decision past its limit is on the handler\'s list until a decision is recorded; an overdue action on its owner\'s until done', async () => {
    const today = todayOf(t);
    const manager = await loginNewUser(t, ['manager']);
    const otherManager = await loginNewUser(t, ['manager']);
    const owner = await loginNewUser(t, ['officer']);
    const reportedOn = addDays(today, -40);
    const deviation = await t.database.db
      .insertInto('deviation')
      .values({
        description: 'Deltagarlistan skickades inte in i tid',
        place_kind: 'routine',
        routine: 'Närvarorapportering',
        severity: 'medium',
        occurred_on: reportedOn,
        route_reason: 'responsible_manager',
        routed_user_id: manager.userId,
        reported_by: officer.userId,
        reported_on: reportedOn,
        reported_at: new Date(),
        updated_at: new Date(),
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const key = `deviation_overdue:${deviation.id}`;

    expect(await find(manager, key)).toMatchObject({ type: 'deviation_overdue', reason: 'deviation_unhandled', requirement: 'AGR-4', since: addDays(reportedOn, 30), link: `/avvikelser/${deviation.id}` });
    expect(await has(otherManager, key)).toBe(false);
    expect(await has(otherManager, key, 'all')).toBe(true);

    const action = await t.as(manager, {
      method: 'POST',
      url: `/api/deviations/${deviation.id}/actions`,
      payload: { version: 1, text: 'Påminn om närvarorapporten', ownerUserId: owner.userId, dueDate: today },
    });
    expect(action.statusCode, action.body).toBe(200);
    const actionId = (action.json() as { actions: { id: string }[] }).actions[0]?.id ?? '';
    // Due today is not overdue yet.
    expect(await has(owner, `deviation_action_overdue:${actionId}`)).toBe(false);
    await t.database.db.updateTable('deviation_action').set({ due_date: addDays(today, -2) }).where('id', '=', actionId).execute();

    const decided = await t.as(manager, { method: 'POST', url: `/api/deviations/${deviation.id}/decision`, payload: { version: 2, decision: 'Rutinen förtydligas' } });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await has(manager, key)).toBe(false);

    const actionKey = `deviation_action_overdue:${actionId}`;
    expect(await find(owner, actionKey)).toMatchObject({ reason: 'deviation_action_overdue', since: addDays(today, -2), assignee: { userId: owner.userId } });
    expect(await has(manager, actionKey)).toBe(false);
    const version = (decided.json() as { actions: { id: string; version: number }[] }).actions.find((a) => a.id === actionId)?.version;
    const done = await t.as(manager, { method: 'PATCH', url: `/api/deviations/${deviation.id}/actions/${actionId}`, payload: { version, done: true } });
    expect(done.statusCode, done.body).toBe(200);
    expect(await has(owner, actionKey)).toBe(false);
  });
});
