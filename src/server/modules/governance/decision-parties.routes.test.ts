import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { Role } from '../../../shared/users/roles';
import { backfillDecisionParties } from '../../db/migrations/0015-decision-parties';
import { seedAfAgreement } from '../../db/seed/demo-af-agreement';
import { type RequestContext, systemContext } from '../../http/request-context';
import { addMember, createBody, insertCooperation, loginNewUser } from './governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
/** Organisation ids of the agreement with Arbetsförmedlingen, by name. */
const af = new Map<string, string>();
let strategicId = '';

async function contextOf(role: Role): Promise<RequestContext & { userId: string }> {
  const user = await makeUser(t.database.db, { roles: [role] });
  const actor = { kind: 'user' as const, userId: user.id, email: user.email, name: user.name, roles: user.roles, sessionIdHash: '', csrfToken: '', mustChangePassword: false };
  return { ...systemContext('test'), actor, userId: user.id };
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const [seedOfficer, manager, reviewGroup] = [await contextOf('officer'), await contextOf('manager'), await contextOf('review_group')];
  await seedAfAgreement(t.database.db, undefined, { officer: seedOfficer, manager, reviewGroup, managerId: manager.userId });
  const names = ['Stockholms stad', 'Arbetsförmedlingen', 'Samordningsförbundet Stockholms stad', 'Storsthlm'];
  for (const o of await t.database.db.selectFrom('organisation').select(['id', 'name']).where('name', 'in', names).execute()) af.set(o.name, o.id);
  strategicId = (await t.database.db.selectFrom('governance_body').select('id').where('name', '=', 'Strategisk styrgrupp').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const orgId = (name: string) => af.get(name) ?? '';
const getBody = async (id: string, session: Session = officer) => (await t.as(session, { method: 'GET', url: `/api/governance-bodies/${id}` })).json();
const propose = async (bodyId: string) =>
  (await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${bodyId}/decisions`, payload: { text: 'Bilaga 12 om gemensamma projekt antas' } })).json() as { id: string };
const vote = (id: string, session: Session, how: 'approve' | 'reject' = 'approve') => t.as(session, { method: 'POST', url: `/api/decisions/${id}/${how}` });

/** Seats a logged-in representative of an organisation in a body. */
async function seat(bodyId: string, organisationName: string, role: Role) {
  const session = await loginNewUser(t, [role]);
  await addMember(t, officer, bodyId, { organisationId: orgId(organisationName), userId: session.userId, name: `Företrädare för ${organisationName}` });
  return session;
}

describe('decision-making parties of the bodies of the agreement with Arbetsförmedlingen (IOP-6, AGR-3, AGR-7)', () => {
  it('IOP-6: the strategic steering group decides when the city and Arbetsförmedlingen have approved, without Samordningsförbundet', async () => {
    const city = await seat(strategicId, 'Stockholms stad', 'manager');
    const agency = await seat(strategicId, 'Arbetsförmedlingen', 'steering_member');
    const coordination = await seat(strategicId, 'Samordningsförbundet Stockholms stad', 'steering_member');
    const body = await getBody(strategicId);
    expect(body.parties.map((p: { name: string }) => p.name)).toEqual(['Arbetsförmedlingen', 'Stockholms stad']);
    const decision = await propose(strategicId);
    expect((await vote(decision.id, city)).json()).toMatchObject({ status: 'proposed', awaitingOrganisationIds: [orgId('Arbetsförmedlingen')] });
    const decided = (await vote(decision.id, agency)).json();
    expect(decided.status).toBe('decided');
    expect(decided.awaitingOrganisationIds).toEqual([]);
    // Samordningsförbundet's member takes part but holds no vote: it can neither approve nor stop it.
    const refused = await vote(decision.id, coordination, 'reject');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_decision_party');
  });

  it("IOP-6: a member from a non-party organisation cannot block an open decision with a rejection; a party's missing approval still holds it", async () => {
    const city = await seat(strategicId, 'Stockholms stad', 'manager');
    const storsthlm = await seat(strategicId, 'Storsthlm', 'steering_member');
    const decision = await propose(strategicId);
    const refused = await vote(decision.id, storsthlm, 'reject');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_decision_party');
    expect((await vote(decision.id, city)).json()).toMatchObject({ status: 'proposed', awaitingOrganisationIds: [orgId('Arbetsförmedlingen')] });
  });

  it('AGR-7: every body of the agreement has the city and Arbetsförmedlingen as its parties', async () => {
    const rows = await t.database.db
      .selectFrom('governance_body_party as p')
      .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
      .innerJoin('governance_body_cooperation as l', 'l.body_id', 'p.body_id')
      .select(['p.body_id', 'o.name'])
      .execute();
    const bodies = new Set(rows.map((r) => r.body_id));
    expect(bodies.size).toBeGreaterThan(5);
    for (const id of bodies) expect(rows.filter((r) => r.body_id === id).map((r) => r.name).sort()).toEqual(['Arbetsförmedlingen', 'Stockholms stad']);
  });
});

describe('recording the parties (IOP-6)', () => {
  async function cooperationWithAgreement(partnerName: string, cityId: string) {
    const partner = await makeOrganisation(t.database.db, { name: partnerName });
    const cooperationId = await insertCooperation(t, `IOP med ${partnerName}`);
    await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperationId, organisation_id: partner.id }).execute();
    return { partner, cooperationId, cityId };
  }

  it('IOP-6: before its agreement exists, the organisation that signs for the administration is a party beside the partner', async () => {
    const { partner, cooperationId } = await cooperationWithAgreement('Föreningen Läxhjälp', '');
    const body = await createBody(t, officer, { cooperationIds: [cooperationId] });
    // Stockholms stad signs the agreement with Arbetsförmedlingen for the administration (runs
    // before another agreement names a second city organisation below).
    expect((await getBody(body.id)).parties.map((p: { id: string }) => p.id).sort()).toEqual([orgId('Stockholms stad'), partner.id].sort());
  });

  it("IOP-6: a body linked to a cooperation gets the cooperation's parties — its partner and the city that signs its agreement — and a co-opted organisation's member does not become one", async () => {
    const city = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Kommunen' });
    const { partner, cooperationId } = await cooperationWithAgreement('Föreningen Språkvän', city.id);
    const agreement = await t.database.db.insertInto('agreement').values({ cooperation_id: cooperationId, title: 'Överenskommelse' }).returning('id').executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('agreement_version')
      .values({ agreement_id: agreement.id, number: 1, terms: '{}', parties: JSON.stringify([{ organisationId: city.id, signatory: 'Förvaltningschef' }, { organisationId: partner.id, signatory: 'Ordförande' }]), economy: '[]' })
      .execute();
    const body = await createBody(t, officer, { cooperationIds: [cooperationId] });
    const guest = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Samordningsförbundet i kommunen' });
    await addMember(t, officer, body.id, { organisationId: guest.id });
    expect((await getBody(body.id)).parties.map((p: { id: string }) => p.id).sort()).toEqual([city.id, partner.id].sort());
  });

  it("IOP-6: a writer names the parties; the cooperation's partner cannot be left out, and unknown or no organisations are refused (400)", async () => {
    const { partner, cooperationId } = await cooperationWithAgreement('Föreningen Samtal', '');
    const body = await createBody(t, officer, { cooperationIds: [cooperationId] });
    const patch = (partyOrganisationIds: unknown) =>
      t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${body.id}`, payload: { version: body.version, partyOrganisationIds } });
    const withoutPartner = await patch([orgId('Stockholms stad')]);
    expect(withoutPartner.statusCode).toBe(400);
    expect(withoutPartner.json().errors).toMatchObject([{ path: 'partyOrganisationIds' }]);
    const unknown = await patch([partner.id, '00000000-0000-4000-8000-000000000000']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toMatchObject([{ path: 'partyOrganisationIds.1' }]);
    expect((await patch([])).statusCode).toBe(400);
    expect((await patch(['nope'])).statusCode).toBe(400);
    const named = await patch([partner.id, orgId('Stockholms stad'), orgId('Arbetsförmedlingen')]);
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().parties.map((p: { name: string }) => p.name)).toEqual(['Arbetsförmedlingen', 'Föreningen Samtal', 'Stockholms stad']);
    expect(named.json().parties.every((p: { activeMembers: number }) => p.activeMembers === 0)).toBe(true);
  });

  it('IOP-6: only writers change the parties (403 for a steering member and a review-group member)', async () => {
    const body = await createBody(t, officer);
    for (const role of ['steering_member', 'review_group'] as const) {
      const denied = await t.as(await t.loginAs(role), { method: 'PATCH', url: `/api/governance-bodies/${body.id}`, payload: { version: body.version, partyOrganisationIds: [orgId('Stockholms stad')] } });
      expect(denied.statusCode).toBe(403);
    }
  });
});

describe('migration 0015: the parties of existing bodies', () => {
  it('IOP-6: backfills the AF bodies with the city and Arbetsförmedlingen, a body outside any cooperation with its members, and settles a decision only Samordningsförbundet held up', async () => {
    const db = t.database.db;
    const city = await seat(strategicId, 'Stockholms stad', 'manager');
    const agency = await loginNewUser(t, ['steering_member']);
    const agencyMember = await addMember(t, officer, strategicId, { organisationId: orgId('Arbetsförmedlingen'), userId: agency.userId });
    await seat(strategicId, 'Samordningsförbundet Stockholms stad', 'steering_member');
    const decision = await propose(strategicId);
    await vote(decision.id, city);
    const internal = await createBody(t, officer, { type: 'working_group' });
    const unit = await makeOrganisation(db, { kind: 'public_body', name: 'Förvaltningens enhet' });
    await addMember(t, officer, internal.id, { organisationId: unit.id });
    // As before the migration: no parties recorded, so Arbetsförmedlingen's approval (recorded as the
    // old code did) left the decision waiting for Samordningsförbundet's.
    await db.deleteFrom('governance_body_party').execute();
    await db
      .insertInto('governance_decision_vote')
      .values({ decision_id: decision.id, member_id: agencyMember.id, organisation_id: orgId('Arbetsförmedlingen'), vote: 'approve', user_id: agency.userId, at: new Date() })
      .execute();
    expect((await db.selectFrom('governance_decision').select('status').where('id', '=', decision.id).executeTakeFirstOrThrow()).status).toBe('proposed');

    await backfillDecisionParties(db);

    const parties = await db
      .selectFrom('governance_body_party as p')
      .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
      .select(['p.body_id', 'o.name'])
      .execute();
    const of = (bodyId: string) => parties.filter((p) => p.body_id === bodyId).map((p) => p.name).sort();
    expect(of(strategicId)).toEqual(['Arbetsförmedlingen', 'Stockholms stad']);
    expect(of(internal.id)).toEqual(['Förvaltningens enhet']);
    const settled = await db.selectFrom('governance_decision').select(['status', 'decided_at']).where('id', '=', decision.id).executeTakeFirstOrThrow();
    expect(settled.status).toBe('decided');
    expect(settled.decided_at).not.toBeNull();
  });
});
