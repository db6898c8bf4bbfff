import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureMatrix } from '../../../../tests/support/authorization-matrix.structure';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { GovernanceStructureView, RepresentationView } from '../../../shared/governance/structure.schemas';
import { ROLES, type Role } from '../../../shared/users/roles';
import { addMember, createBody, insertCooperation, loginNewUser } from './governance-fixtures.test-helper';

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
const rows = [
  { party: 'Arbetsförmedlingen, Region Stockholm-Gotland', representative: 'Regionchef', kind: 'role' },
  { party: 'Stockholms stad, arbetsmarknadsförvaltningen', representative: 'Förvaltningschef', kind: 'role' },
  { party: 'Arbetsförmedlingen, Region Stockholm-Gotland', representative: 'Kvalificerad handläggare från regionstaben', kind: 'role' },
];

describe('structure access (AGR-3)', () => {
  const concrete = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000');
  for (const [route, allowed] of Object.entries(structureMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete(url), ...(method === 'GET' ? {} : { payload: { rows: [] } }) });
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
    expect((await t.app.inject({ method: 'GET', url: '/api/governance-structure' })).statusCode).toBe(401);
  });

  it('AGR-3: a review-group member and an economist read representation but may not change it', async () => {
    const body = await createBody(t, officer, { type: 'cluster', name: 'Kluster Järva' });
    await t.as(officer, { method: 'PUT', url: `/api/governance-bodies/${body.id}/representation`, payload: { rows } });
    for (const role of ['review_group', 'economist'] as const) {
      const read = await t.as(sessions.get(role)!, { method: 'GET', url: `/api/governance-bodies/${body.id}/representation` });
      expect(read.statusCode).toBe(200);
      expect((read.json() as RepresentationView).items).toHaveLength(3);
      const denied = await t.as(sessions.get(role)!, { method: 'PUT', url: `/api/governance-bodies/${body.id}/representation`, payload: { rows: [] } });
      expect(denied.statusCode).toBe(403);
    }
  });
});

describe('representation (AGR-3)', () => {
  it('AGR-3: replaces the ordered list, links organisations and records the change in the audit log', async () => {
    const body = await createBody(t, officer, { type: 'strategic_steering_group', name: 'Strategisk styrgrupp' });
    const af = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Arbetsförmedlingen (test)' });
    const put = await t.as(officer, {
      method: 'PUT',
      url: `/api/governance-bodies/${body.id}/representation`,
      payload: { rows: rows.map((r, i) => (i === 0 ? { ...r, organisationId: af.id } : r)) },
    });
    expect(put.statusCode, put.body).toBe(200);
    const view = put.json() as RepresentationView;
    expect(view.items.map((r) => [r.representative, r.sortOrder])).toEqual([
      ['Regionchef', 0],
      ['Förvaltningschef', 1],
      ['Kvalificerad handläggare från regionstaben', 2],
    ]);
    expect(view.items[0]?.organisationName).toBe('Arbetsförmedlingen (test)');

    const replaced = await t.as(officer, { method: 'PUT', url: `/api/governance-bodies/${body.id}/representation`, payload: { rows: [rows[1]] } });
    expect((replaced.json() as RepresentationView).items.map((r) => r.representative)).toEqual(['Förvaltningschef']);

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity_id', '=', body.id)
      .where('action', '=', 'governance-body.representation-replaced')
      .orderBy('occurred_at')
      .execute();
    expect(audit).toHaveLength(2);
    const change = audit[1]?.changes.representation;
    expect(JSON.stringify(change?.before)).toContain('Regionchef');
    expect(JSON.stringify(change?.after)).not.toContain('Regionchef');
  });

  it('bad input gives 400 with field paths, never 500', async () => {
    const body = await createBody(t, officer);
    const url = `/api/governance-bodies/${body.id}/representation`;
    const bad = await t.as(officer, { method: 'PUT', url, payload: { rows: [{ party: ' ', representative: '', kind: 'boss', extra: 1 }] } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['rows.0.extra', 'rows.0.kind', 'rows.0.party', 'rows.0.representative']);
    const unknownOrg = await t.as(officer, {
      method: 'PUT',
      url,
      payload: { rows: [{ party: 'Stockholms stad', representative: 'Utvecklingschef', organisationId: '00000000-0000-4000-8000-000000000000' }] },
    });
    expect(unknownOrg.statusCode).toBe(400);
    expect(paths(unknownOrg)).toEqual(['rows.0.organisationId']);
    expect((await t.as(officer, { method: 'PUT', url, payload: {} })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/governance-bodies/not-a-uuid/representation' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/governance-structure?cooperationId=nope' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/governance-structure?extra=1' })).statusCode).toBe(400);
  });

  it('unknown bodies and cooperations are 404; a closed body keeps its representation', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${missing}/representation` })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'PUT', url: `/api/governance-bodies/${missing}/representation`, payload: { rows } })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: `/api/governance-structure?cooperationId=${missing}` })).statusCode).toBe(404);
    const body = await createBody(t, officer);
    await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${body.id}`, payload: { version: body.version, status: 'closed' } });
    expect((await t.as(officer, { method: 'PUT', url: `/api/governance-bodies/${body.id}/representation`, payload: { rows } })).statusCode).toBe(409);
  });
});

describe('organisation diagram (AGR-3)', () => {
  it('AGR-3: nests a cooperation’s bodies strategic → operative → working groups / clusters with representation by party', async () => {
    const cooperationId = await insertCooperation(t, 'Överenskommelse med Arbetsförmedlingen (test)');
    const other = await createBody(t, officer, { type: 'steering_group', name: 'Annan styrgrupp' });
    const strategic = await createBody(t, officer, { type: 'strategic_steering_group', name: 'Strategisk styrgrupp', cooperationIds: [cooperationId] });
    const operative = await createBody(t, officer, { type: 'operative_steering_group', name: 'Operativ styrgrupp', reportsToId: strategic.id, cooperationIds: [cooperationId] });
    const cluster = await createBody(t, officer, { type: 'cluster', name: 'Kluster Järva', reportsToId: operative.id, cooperationIds: [cooperationId] });
    const group = await createBody(t, officer, { type: 'working_group', name: 'Utbildningsbehovsgruppen', reportsToId: operative.id, cooperationIds: [cooperationId] });
    await t.as(officer, { method: 'PUT', url: `/api/governance-bodies/${strategic.id}/representation`, payload: { rows } });

    const response = await t.as(sessions.get('economist')!, { method: 'GET', url: `/api/governance-structure?cooperationId=${cooperationId}` });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as GovernanceStructureView;
    expect(view.nodes.map((n) => [n.name, n.depth, n.parentId])).toEqual([
      ['Strategisk styrgrupp', 0, null],
      ['Operativ styrgrupp', 1, strategic.id],
      ['Utbildningsbehovsgruppen', 2, operative.id],
      ['Kluster Järva', 2, operative.id],
    ]);
    expect(view.nodes[1]?.childIds).toEqual([group.id, cluster.id]);
    expect(view.nodes[0]?.representation.map((g) => [g.party, g.items.map((r) => r.representative)])).toEqual([
      ['Arbetsförmedlingen, Region Stockholm-Gotland', ['Regionchef', 'Kvalificerad handläggare från regionstaben']],
      ['Stockholms stad, arbetsmarknadsförvaltningen', ['Förvaltningschef']],
    ]);
    expect(view.nodes.map((n) => n.id)).not.toContain(other.id);
    expect(view.cooperations.map((c) => c.id)).toContain(cooperationId);

    const all = (await t.as(officer, { method: 'GET', url: '/api/governance-structure' })).json() as GovernanceStructureView;
    expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([other.id, strategic.id, cluster.id]));
  });

  it('a steering member sees only the bodies they sit on, with no link to a body hidden from them', async () => {
    const org = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Samordningsförbundet (test)' });
    const member = await loginNewUser(t, ['steering_member']);
    const cooperationId = await insertCooperation(t, 'Samverkan med förbundet (test)');
    const top = await createBody(t, officer, { type: 'strategic_steering_group', name: 'Dold styrgrupp', cooperationIds: [cooperationId] });
    const mine = await createBody(t, officer, { type: 'operative_steering_group', name: 'Min styrgrupp', reportsToId: top.id, cooperationIds: [cooperationId] });
    await addMember(t, officer, mine.id, { organisationId: org.id, userId: member.userId });

    const view = (await t.as(member, { method: 'GET', url: `/api/governance-structure?cooperationId=${cooperationId}` })).json() as GovernanceStructureView;
    expect(view.nodes.map((n) => [n.id, n.reportsToId, n.parentId])).toEqual([[mine.id, null, null]]);
    expect((await t.as(member, { method: 'GET', url: `/api/governance-bodies/${top.id}/representation` })).statusCode).toBe(404);
    expect((await t.as(member, { method: 'GET', url: `/api/governance-bodies/${mine.id}/representation` })).statusCode).toBe(200);

    const outsider = await loginNewUser(t, ['steering_member']);
    const none = (await t.as(outsider, { method: 'GET', url: '/api/governance-structure' })).json() as GovernanceStructureView;
    expect(none.nodes).toEqual([]);
    expect(none.cooperations).toEqual([]);
  });
});
