import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
let manager: Session;
let otherManager: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
  otherManager = await t.loginAs('manager');
});
afterAll(() => t.close());

/** A complete set of answers: safe everywhere unless a condition is unmet or a ground applies. */
function content(options: { unmet?: number; applies?: number } = {}) {
  return {
    conditions: DEMOCRACY_CONDITIONS.map((condition, i) => ({
      condition,
      met: i !== options.unmet,
      justification: i === options.unmet ? 'Ordföranden har uttalat sig hotfullt i sociala medier' : '',
      evidence: [],
    })),
    exclusions: EXCLUSION_GROUNDS.map((ground, i) => ({
      ground,
      applies: i === options.applies,
      justification: i === options.applies ? 'Inget behov har identifierats av förvaltningen' : '',
      evidence: [],
    })),
    basis: 'Stadgar, verksamhetsberättelse 2025, webbplats och sökningar i media',
  };
}

const create = (s: Session, organisationId: string, payload: object = {}) =>
  t.as(s, { method: 'POST', url: `/api/organisations/${organisationId}/democracy-drafts`, payload });
const update = (s: Session, id: string, payload: object) => t.as(s, { method: 'PATCH', url: `/api/democracy-drafts/${id}`, payload });
const step = (s: Session, id: string, action: 'hand-over' | 'return' | 'sign' | 'discard', payload: object) =>
  t.as(s, { method: 'POST', url: `/api/democracy-drafts/${id}/${action}`, payload });
const overview = async (organisationId: string) =>
  (await t.as(officer, { method: 'GET', url: `/api/organisations/${organisationId}/democracy` })).json();
const history = async (organisationId: string) =>
  (await t.as(officer, { method: 'GET', url: `/api/organisations/${organisationId}/history?limit=50` })).json();

/** An officer's complete draft handed over to `manager`; returns its id and version. */
async function handedOver(options: { unmet?: number; applies?: number } = {}) {
  const org = await makeOrganisation(t.database.db);
  const draft = (await create(officer, org.id, content(options))).json();
  const ready = await step(officer, draft.id, 'hand-over', { signerId: manager.userId, version: draft.version });
  expect(ready.statusCode).toBe(200);
  return { org, draft: ready.json() };
}

describe('democracy assessments prepared by an officer and signed by a manager (DEM-3)', () => {
  it('DEM-3: the officer prepares and hands over, the manager sees it to sign and signs; the status changes only then', async () => {
    const org = await makeOrganisation(t.database.db);
    const started = await create(officer, org.id);
    expect(started.statusCode).toBe(201);
    const draft = started.json();
    expect(draft).toMatchObject({ status: 'draft', createdBy: { id: officer.userId }, result: null, signer: null, version: 1 });
    expect(draft.conditions.every((a: { met: unknown }) => a.met === null)).toBe(true);

    const saved = await update(officer, draft.id, { ...content(), version: draft.version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ result: 'eligible', version: 2 });

    const ready = await step(officer, draft.id, 'hand-over', { signerId: manager.userId, version: 2 });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready_for_signing', signer: { id: manager.userId }, handedOverBy: { id: officer.userId } });
    expect(ready.json().handedOverAt).toEqual(expect.any(String));

    // "Att signera": what waits for this manager, and nothing for another.
    const toSign = (await t.as(manager, { method: 'GET', url: `/api/democracy-drafts?status=ready_for_signing&signerId=${manager.userId}` })).json();
    expect(toSign.items.map((d: { id: string }) => d.id)).toContain(draft.id);
    expect(toSign.items.find((d: { id: string }) => d.id === draft.id).organisation).toEqual({ id: org.id, name: org.name });
    const forOther = (await t.as(otherManager, { method: 'GET', url: `/api/democracy-drafts?signerId=${otherManager.userId}` })).json();
    expect(forOther.items.map((d: { id: string }) => d.id)).not.toContain(draft.id);

    expect((await overview(org.id)).status).toBe('not_assessed');
    const signed = await step(manager, draft.id, 'sign', { version: 3 });
    expect(signed.statusCode).toBe(201);
    expect(signed.json()).toMatchObject({
      result: 'eligible',
      preparedBy: { id: officer.userId },
      signedBy: { id: manager.userId },
      basis: 'Stadgar, verksamhetsberättelse 2025, webbplats och sökningar i media',
      reviewChanges: [],
    });
    const after = await overview(org.id);
    expect(after).toMatchObject({ status: 'eligible', draft: null });
    expect(after.assessments).toHaveLength(1);
    expect((await t.as(officer, { method: 'GET', url: `/api/organisations/${org.id}` })).json().democracyStatus).toBe('eligible');
    // A signed draft is closed: it cannot be changed or signed again.
    expect((await update(manager, draft.id, { basis: 'Ändrat', version: 4 })).json().code).toBe('democracy_draft_status');
    expect((await step(manager, draft.id, 'sign', { version: 4 })).statusCode).toBe(409);

    const actions = (await history(org.id)).items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'organisation.democracy-draft.created',
        'organisation.democracy-draft.updated',
        'organisation.democracy-draft.handed-over',
        'organisation.democracy-assessment.signed',
      ]),
    );
  });

  it('DEM-3: drafts never count — a complete eligible draft awaiting signature leaves the organisation not assessed, or not eligible', async () => {
    const { org } = await handedOver();
    expect((await overview(org.id)).status).toBe('not_assessed');
    const view = (await t.as(officer, { method: 'GET', url: `/api/organisations/${org.id}` })).json();
    expect(view.democracyStatus).toBe('not_assessed');
    const eligible = (await t.as(officer, { method: 'GET', url: '/api/organisations?democracyStatus=eligible&limit=200' })).json();
    expect(eligible.items.map((o: { id: string }) => o.id)).not.toContain(org.id);

    // After a failed, signed assessment and a remediation, an eligible draft does not lift the status either.
    const failed = await makeOrganisation(t.database.db);
    const first = (await create(manager, failed.id, content({ unmet: 0 }))).json();
    expect((await step(manager, first.id, 'sign', { version: first.version })).json().result).toBe('not_eligible');
    await t.as(officer, {
      method: 'POST',
      url: `/api/organisations/${failed.id}/remediation-measures`,
      payload: { description: 'Ordföranden har avgått', completedOn: '2026-01-10', evidence: [{ kind: 'url', url: 'https://example.org/protokoll' }] },
    });
    const second = (await create(officer, failed.id, content())).json();
    expect((await step(officer, second.id, 'hand-over', { signerId: manager.userId, version: second.version })).statusCode).toBe(200);
    expect((await overview(failed.id)).status).toBe('not_eligible');
  });

  it('DEM-3: an officer may prepare but not sign or send back (403); a manager not named may not sign, send back or change it (403)', async () => {
    const { draft } = await handedOver();
    expect((await step(officer, draft.id, 'sign', { version: draft.version })).statusCode).toBe(403);
    expect((await step(officer, draft.id, 'return', { comment: 'Nej', version: draft.version })).statusCode).toBe(403);
    for (const refused of [
      await step(otherManager, draft.id, 'sign', { version: draft.version }),
      await step(otherManager, draft.id, 'return', { comment: 'Inte min', version: draft.version }),
      await update(otherManager, draft.id, { basis: 'Ändrat', version: draft.version }),
      // Once handed over, the preparer waits for the review.
      await update(officer, draft.id, { basis: 'Ändrat', version: draft.version }),
    ]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('not_assigned_signer');
    }
    // A handed-over draft is not discarded: the manager sends it back first.
    expect((await step(officer, draft.id, 'discard', { version: draft.version })).json().code).toBe('democracy_draft_status');
  });

  it('DEM-3: a manager signs a draft of their own without a hand-over, but not an officer\'s draft that was not handed to them', async () => {
    const own = await makeOrganisation(t.database.db);
    const mine = (await create(manager, own.id, content())).json();
    const signed = await step(manager, mine.id, 'sign', { version: mine.version });
    expect(signed.statusCode).toBe(201);
    expect(signed.json()).toMatchObject({ preparedBy: { id: manager.userId }, signedBy: { id: manager.userId } });

    const org = await makeOrganisation(t.database.db);
    const officers = (await create(officer, org.id, content())).json();
    const refused = await step(manager, officers.id, 'sign', { version: officers.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_assigned_signer');
  });

  it('DEM-3: the manager may change answers in review; the changes are recorded in the history and on the signed assessment', async () => {
    const { org, draft } = await handedOver();
    const changed = content({ applies: 1 });
    const reviewed = await update(manager, draft.id, { exclusions: changed.exclusions, version: draft.version });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({
      status: 'ready_for_signing',
      result: 'not_eligible',
      changesSinceHandOver: [{ section: 'exclusions', key: 'no_identified_need', before: false, after: true }],
    });
    const signed = (await step(manager, draft.id, 'sign', { version: reviewed.json().version })).json();
    expect(signed).toMatchObject({
      result: 'not_eligible',
      preparedBy: { id: officer.userId },
      reviewChanges: [{ section: 'exclusions', key: 'no_identified_need', before: false, after: true }],
    });
    const entry = (await history(org.id)).items.find((e: { action: string }) => e.action === 'organisation.democracy-draft.reviewed');
    expect(entry.changes['applies.no_identified_need']).toEqual({ before: false, after: true });
    expect(entry.changes['justification.no_identified_need']).toEqual({ before: '', after: 'Inget behov har identifierats av förvaltningen' });
    expect(entry.changes).not.toHaveProperty('met.no_discrimination');
  });

  it('DEM-3: the manager sends it back with a comment; the officer corrects it and hands it over again', async () => {
    const { org, draft } = await handedOver();
    const noComment = await step(manager, draft.id, 'return', { comment: '  ', version: draft.version });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().errors[0]).toMatchObject({ path: 'comment', message: 'Skriv vad som behöver göras' });
    const returned = await step(manager, draft.id, 'return', { comment: 'Kontrollera den ekonomiska berättelsen.', version: draft.version });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', returnedBy: { id: manager.userId }, returnComment: 'Kontrollera den ekonomiska berättelsen.' });
    expect((await overview(org.id)).draft).toMatchObject({ status: 'returned' });

    const corrected = await update(officer, draft.id, { basis: 'Även ekonomisk berättelse 2025', version: returned.json().version });
    expect(corrected.statusCode).toBe(200);
    const again = await step(officer, draft.id, 'hand-over', { signerId: manager.userId, version: corrected.json().version });
    expect(again.json()).toMatchObject({ status: 'ready_for_signing', returnComment: null });
    const actions = (await history(org.id)).items.map((e: { action: string }) => e.action);
    expect(actions).toContain('organisation.democracy-draft.returned');
  });

  it('DEM-3: only one open draft per organisation (409); after discarding, a new one can start', async () => {
    const org = await makeOrganisation(t.database.db);
    const first = (await create(officer, org.id)).json();
    const second = await create(manager, org.id);
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('democracy_draft_exists');
    const discarded = await step(officer, first.id, 'discard', { version: first.version });
    expect(discarded.json().status).toBe('discarded');
    expect((await overview(org.id)).draft).toBeNull();
    expect((await create(officer, org.id)).statusCode).toBe(201);
  });

  it('DEM-1/DEM-2: a hand-over needs every answer, a motivation for each unsafe one, the basis, and a manager', async () => {
    const org = await makeOrganisation(t.database.db);
    const partial = content({ unmet: 3 });
    partial.conditions[3]!.justification = '';
    const draft = (await create(officer, org.id, { conditions: partial.conditions })).json();
    const refused = await step(officer, draft.id, 'hand-over', { signerId: manager.userId, version: draft.version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'conditions.3.justification',
      ...EXCLUSION_GROUNDS.map((_, i) => `exclusions.${i}.applies`),
      'basis',
    ]);
    const complete = (await update(officer, draft.id, { ...content(), version: draft.version })).json();
    const notManager = await step(officer, draft.id, 'hand-over', { signerId: officer.userId, version: complete.version });
    expect(notManager.statusCode).toBe(400);
    expect(notManager.json().errors).toEqual([{ path: 'signerId', message: 'Välj en aktiv ansvarig chef' }]);
  });

  it('DEM-4: answers that could only be signed after a remediation are not handed over', async () => {
    const org = await makeOrganisation(t.database.db);
    const failed = (await create(manager, org.id, content({ applies: 3 }))).json();
    await step(manager, failed.id, 'sign', { version: failed.version });
    const draft = (await create(officer, org.id, content())).json();
    const refused = await step(officer, draft.id, 'hand-over', { signerId: manager.userId, version: draft.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('remediation_required');
  });

  it('refuses a stale version (409) and evidence from another organisation (400)', async () => {
    const org = await makeOrganisation(t.database.db);
    const draft = (await create(officer, org.id)).json();
    expect((await update(officer, draft.id, { basis: 'Stadgar', version: draft.version })).statusCode).toBe(200);
    const stale = await update(manager, draft.id, { basis: 'Webbplats', version: draft.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const foreign = await update(officer, draft.id, {
      evidence: [{ kind: 'document', documentId: '00000000-0000-4000-8000-000000000000' }],
      version: draft.version + 1,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('evidence.0');
  });

  it('answers bad input with 400, never 500', async () => {
    const org = await makeOrganisation(t.database.db);
    const draft = (await create(officer, org.id)).json();
    const cases = [
      await create(officer, org.id, { unknown: true }),
      await create(officer, org.id, { conditions: content().conditions.slice(0, 2) }),
      await create(officer, org.id, { conditions: [{ ...content().conditions[0], met: 'ja' }] }),
      await t.as(officer, { method: 'POST', url: '/api/organisations/not-a-uuid/democracy-drafts', payload: {} }),
      await update(officer, draft.id, { basis: 'Utan version' }),
      await update(officer, 'not-a-uuid', { version: 1 }),
      await step(officer, draft.id, 'hand-over', { signerId: 'chefen', version: draft.version }),
      await step(manager, draft.id, 'sign', {}),
      await t.as(manager, { method: 'GET', url: '/api/democracy-drafts?status=signed' }),
      await t.as(manager, { method: 'GET', url: '/api/democracy-drafts?signerId=chefen' }),
    ];
    expect(cases.map((r) => r.statusCode)).toEqual(cases.map(() => 400));
    expect((await update(officer, '00000000-0000-4000-8000-000000000000', { version: 1 })).statusCode).toBe(404);
    expect((await create(officer, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('denies every other role: preparing, listing, sending back and signing (403)', async () => {
    const { org, draft } = await handedOver();
    const others: Role[] = ROLES.filter((r) => r !== 'officer' && r !== 'manager');
    for (const role of others) {
      const s = await t.loginAs(role);
      const calls = [
        await create(s, org.id),
        await t.as(s, { method: 'GET', url: '/api/democracy-drafts' }),
        await update(s, draft.id, { version: draft.version }),
        await step(s, draft.id, 'hand-over', { signerId: manager.userId, version: draft.version }),
        await step(s, draft.id, 'discard', { version: draft.version }),
        await step(s, draft.id, 'return', { comment: 'Nej', version: draft.version }),
        await step(s, draft.id, 'sign', { version: draft.version }),
      ];
      expect(calls.map((r) => r.statusCode), role).toEqual(calls.map(() => 403));
    }
  });
});
