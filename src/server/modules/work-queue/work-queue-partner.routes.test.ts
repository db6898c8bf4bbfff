import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addMonths } from '../../../shared/lifecycle/termination.rules';
import { createBody, todayOf } from '../governance/governance-fixtures.test-helper';
import { insertCooperationIn } from '../lifecycle/lifecycle-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

type Item = { key: string; type: string; title: string; reason: string; requirement: string; since: string; link: string };
type Queue = { scope: 'mine' | 'all'; canSeeEverything: boolean; items: Item[] };

async function queue(session: Session, scope?: 'mine' | 'all'): Promise<Queue> {
  const response = await t.as(session, { method: 'GET', url: `/api/work-queue${scope ? `?scope=${scope}` : ''}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const keysOf = async (session: Session, scope?: 'mine' | 'all') => (await queue(session, scope)).items.map((i) => i.key);

/** A partner account linked to a new civil-society organisation, with a running cooperation of its own that started two years ago. */
async function partnerWithCooperation(name: string) {
  const organisation = await makeOrganisation(t.database.db, { name });
  const session = await t.loginAs('partner');
  await t.database.db.insertInto('partner_account').values({ user_id: session.userId, organisation_id: organisation.id }).execute();
  const cooperationId = await insertCooperationIn(t, 'active');
  await t.database.db.updateTable('cooperation').set({ start_date: addMonths(todayOf(t), -24) }).where('id', '=', cooperationId).execute();
  await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperationId, organisation_id: organisation.id }).execute();
  return { organisation, session, cooperationId };
}

describe('the partner\'s own "Att göra"', () => {
  it('IOP-9: a report for an ended period is due until it is submitted, comes back when returned, and only the own organisation\'s cooperations are read', async () => {
    const lastYear = Number(todayOf(t).slice(0, 4)) - 1;
    const a = await partnerWithCooperation('Föreningen Alfa');
    const b = await partnerWithCooperation('Föreningen Beta');
    const key = `partner_report_due:${a.cooperationId}:${lastYear}-H2`;

    const own = await queue(a.session, 'all');
    expect(own).toMatchObject({ scope: 'mine', canSeeEverything: false });
    expect(own.items.find((i) => i.key === key)).toMatchObject({
      type: 'partner_report_due',
      reason: 'partner_report_missing',
      requirement: 'IOP-9',
      since: `${lastYear + 1}-01-01`,
      link: `/rapportering/${a.cooperationId}/${lastYear}-H2`,
    });
    // Nothing of the other organisation, and no staff item about the partner's own organisation.
    expect(own.items.every((i) => i.key.includes(a.cooperationId))).toBe(true);
    expect((await keysOf(b.session)).some((k) => k.includes(a.cooperationId))).toBe(false);
    expect((await keysOf(b.session)).some((k) => k.includes(b.cooperationId))).toBe(true);

    const report = await t.database.db
      .insertInto('partner_report')
      .values({ cooperation_id: a.cooperationId, organisation_id: a.organisation.id, period: `${lastYear}-H2`, follow_up_text: 'Hösten gick bra', status: 'submitted', submitted_at: new Date(), created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await keysOf(a.session)).not.toContain(key);

    await t.database.db.updateTable('partner_report').set({ status: 'returned', review_comment: 'Lägg till antal deltagare', reviewed_at: new Date() }).where('id', '=', report.id).execute();
    expect((await queue(a.session)).items.find((i) => i.key === key)).toMatchObject({ reason: 'partner_report_returned', since: todayOf(t) });

    // The count in the menu is the partner's own list.
    const count = await t.as(a.session, { method: 'GET', url: '/api/work-queue/count' });
    expect(count.json()).toEqual({ count: (await queue(a.session)).items.length });
  });

  it('IOP-6: a joint decision of a body its organisation is a party of waits on the partner\'s list until the organisation has voted', async () => {
    const a = await partnerWithCooperation('Föreningen Gamma');
    const b = await partnerWithCooperation('Föreningen Delta');
    const body = await createBody(t, officer, { name: 'Styrgrupp för Gamma' });
    await t.database.db.insertInto('governance_body_party').values({ body_id: body.id, organisation_id: a.organisation.id, created_at: new Date() }).execute();
    const decision = await t.database.db
      .insertInto('governance_decision')
      .values({ body_id: body.id, text: 'Styrgruppen antar verksamhetsplanen för nästa år', status: 'proposed', proposed_by: officer.userId, proposed_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const key = `decision_awaiting_party:${decision.id}`;

    expect((await queue(a.session)).items.find((i) => i.key === key)).toMatchObject({
      type: 'decision_awaiting_approval',
      reason: 'decision_awaiting_party_approval',
      title: 'Styrgruppen antar verksamhetsplanen för nästa år',
      requirement: 'IOP-6',
      link: `/portal/styrgrupper/${body.id}`,
    });
    expect(await keysOf(b.session)).not.toContain(key);

    const member = await t.database.db
      .insertInto('governance_member')
      .values({ body_id: body.id, name: 'Gammas ordförande', organisation_id: a.organisation.id, role_title: 'Ordförande', created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.database.db.insertInto('governance_decision_vote').values({ decision_id: decision.id, member_id: member.id, organisation_id: a.organisation.id, vote: 'approve', at: new Date() }).execute();
    expect(await keysOf(a.session)).not.toContain(key);
  });

  it('decision 008: a partner account linked to no organisation has an empty list', async () => {
    const unlinked = await t.loginAs('partner');
    expect(await queue(unlinked)).toEqual({ scope: 'mine', canSeeEverything: false, items: [] });
  });
});
