import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { isoDateIn } from '../../../shared/time/dates';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let manager: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  manager = await t.loginAs('manager');
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

function answers(options: { unmet?: number; applies?: number } = {}) {
  return {
    conditions: DEMOCRACY_CONDITIONS.map((condition, i) => ({
      condition,
      met: i !== options.unmet,
      justification: i === options.unmet ? 'Företrädare har uttalat sig nedsättande om grupper' : '',
      evidence: i === options.unmet ? [{ kind: 'url', url: 'https://example.org/uttalande' }] : [],
    })),
    exclusions: EXCLUSION_GROUNDS.map((ground, i) => ({
      ground,
      applies: i === options.applies,
      justification: i === options.applies ? 'Revisionsberättelsen saknar ansvarsfrihet' : '',
      evidence: [],
    })),
    basis: 'Stadgar, verksamhetsberättelse, webbplats och sökningar i media',
    evidence: [{ kind: 'url', url: 'https://example.org/stadgar' }],
    summary: 'Bedömning inför samverkan',
  };
}

const sign = (session: Session, id: string, payload: object) =>
  t.as(session, { method: 'POST', url: `/api/organisations/${id}/democracy-assessments`, payload });
const overview = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/organisations/${id}/democracy` })).json();

describe('democracy assessments (DEM-1–4)', () => {
  it('DEM-3: an officer may not sign (403); a manager signs (201) and the organisation becomes eligible', async () => {
    const org = await makeOrganisation(t.database.db);
    expect((await sign(officer, org.id, answers())).statusCode).toBe(403);
    const signed = await sign(manager, org.id, answers());
    expect(signed.statusCode).toBe(201);
    expect(signed.json()).toMatchObject({ result: 'eligible', signedBy: { id: manager.userId } });
    const o = await overview(org.id);
    expect(o.status).toBe('eligible');
    expect(o.assessments).toHaveLength(1);
    const view = (await t.as(officer, { method: 'GET', url: `/api/organisations/${org.id}` })).json();
    expect(view.democracyStatus).toBe('eligible');
    expect(view.democracyValidUntil).toBe(signed.json().validUntil);
  });

  it('DEM-3: valid for the configured 12 months, then expired', async () => {
    const org = await makeOrganisation(t.database.db);
    const signed = (await sign(manager, org.id, answers())).json();
    // The validity counts from the signing day on the administration's calendar, not in UTC.
    const signedOn = isoDateIn(new Date(signed.signedAt), t.app.timeZone);
    const [y = 0, m = 0, d = 0] = signedOn.split('-').map(Number);
    expect(signed.validUntil).toBe(`${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    // Move the assessment back in time, as if signed 13 months ago.
    await sql`UPDATE democracy_assessment SET signed_at = signed_at - interval '13 months', valid_until = valid_until - interval '13 months' WHERE organisation_id = ${org.id}`.execute(t.database.db);
    await sql`UPDATE organisation SET democracy_valid_until = democracy_valid_until - interval '13 months' WHERE id = ${org.id}`.execute(t.database.db);
    expect((await overview(org.id)).status).toBe('expired');
    const list = (await t.as(officer, { method: 'GET', url: '/api/organisations?democracyStatus=expired&limit=200' })).json();
    expect(list.items.map((o: { id: string }) => o.id)).toContain(org.id);
  });

  it('DEM-3: an administrator can change the validity period for new assessments', async () => {
    const admin = await t.loginAs('admin');
    const settings = (await t.as(admin, { method: 'GET', url: '/api/settings' })).json();
    const setting = settings.find((s: { key: string }) => s.key === 'democracy.validity_months');
    expect(setting.value).toBe(12);
    const bad = await t.as(admin, { method: 'PATCH', url: '/api/settings/democracy.validity_months', payload: { value: 0, version: setting.version } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.as(admin, { method: 'PATCH', url: '/api/settings/democracy.validity_months', payload: { value: 6, version: setting.version } });
    expect(ok.statusCode).toBe(200);
    const org = await makeOrganisation(t.database.db);
    const signed = (await sign(manager, org.id, answers())).json();
    const [y, m] = signed.signedAt.slice(0, 7).split('-').map(Number);
    const expectedMonth = ((m - 1 + 6) % 12) + 1;
    expect(Number(signed.validUntil.slice(5, 7))).toBe(expectedMonth);
    expect(Number(signed.validUntil.slice(0, 4))).toBe(m + 6 > 12 ? y + 1 : y);
    await t.as(admin, { method: 'PATCH', url: '/api/settings/democracy.validity_months', payload: { value: 12, version: setting.version + 1 } });
  });

  it('DEM-1/DEM-2: an unmet condition or an applying exclusion ground gives not eligible', async () => {
    const a = await makeOrganisation(t.database.db);
    expect((await sign(manager, a.id, answers({ unmet: 0 }))).json().result).toBe('not_eligible');
    const b = await makeOrganisation(t.database.db);
    expect((await sign(manager, b.id, answers({ applies: 3 }))).json().result).toBe('not_eligible');
    expect((await overview(b.id)).status).toBe('not_eligible');
  });

  it('DEM-4: a not-eligible organisation becomes eligible only after a remediation measure and a new assessment', async () => {
    const org = await makeOrganisation(t.database.db);
    await sign(manager, org.id, answers({ unmet: 1 }));
    const tooEarly = await sign(manager, org.id, answers());
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().code).toBe('remediation_required');
    expect((await overview(org.id)).mayBecomeEligible).toBe(false);

    const noEvidence = await t.as(officer, {
      method: 'POST',
      url: `/api/organisations/${org.id}/remediation-measures`,
      payload: { description: 'Styrelsen har tagit avstånd', completedOn: '2026-01-10', evidence: [] },
    });
    expect(noEvidence.statusCode).toBe(400);
    const remediation = await t.as(officer, {
      method: 'POST',
      url: `/api/organisations/${org.id}/remediation-measures`,
      payload: {
        description: 'Styrelsen har tagit avstånd från uttalandet och bytt företrädare',
        completedOn: '2026-01-10',
        evidence: [{ kind: 'url', url: 'https://example.org/protokoll' }],
      },
    });
    expect(remediation.statusCode).toBe(201);
    expect((await overview(org.id)).status).toBe('not_eligible');
    expect((await overview(org.id)).mayBecomeEligible).toBe(true);

    const again = await sign(manager, org.id, answers());
    expect(again.statusCode).toBe(201);
    const o = await overview(org.id);
    expect(o.status).toBe('eligible');
    expect(o.assessments.map((a: { result: string }) => a.result)).toEqual(['eligible', 'not_eligible']);
    expect(o.remediations).toHaveLength(1);
  });

  it('requires all four conditions and five grounds', async () => {
    const org = await makeOrganisation(t.database.db);
    const incomplete = answers();
    incomplete.conditions = incomplete.conditions.slice(0, 3);
    const response = await sign(manager, org.id, incomplete);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('conditions');
  });

  it('DEM-1/DEM-2: only an unsafe answer needs a motivation; the safe ones rest on the basis, which is required', async () => {
    const org = await makeOrganisation(t.database.db);
    const unmotivated = answers({ unmet: 2, applies: 4 });
    unmotivated.conditions[2]!.justification = '';
    unmotivated.exclusions[4]!.justification = '  ';
    unmotivated.basis = '';
    const refused = await sign(manager, org.id, unmotivated);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['conditions.2.justification', 'Motivera nej-svaret: vad visar underlaget?'],
      ['exclusions.4.justification', 'Motivera nej-svaret: vad visar underlaget?'],
      ['basis', 'Ange underlaget för bedömningen: vilka källor som har kontrollerats'],
    ]);
    const { basis: _omitted, ...withoutBasis } = answers();
    expect((await sign(manager, org.id, withoutBasis)).json().errors.map((e: { path: string }) => e.path)).toEqual(['basis']);
    // Nine safe answers without a motivation each, and a basis: signed.
    const signed = await sign(manager, org.id, answers());
    expect(signed.statusCode).toBe(201);
    expect(signed.json()).toMatchObject({
      basis: 'Stadgar, verksamhetsberättelse, webbplats och sökningar i media',
      evidence: [{ kind: 'url', url: 'https://example.org/stadgar' }],
      preparedBy: { id: manager.userId },
      reviewChanges: [],
    });
    expect(signed.json().conditions[0]).toEqual({ condition: 'no_violence_or_coercion', met: true, justification: '', evidence: [] });
  });

  it('DEM-3: a one-step signature is refused while an assessment is in preparation', async () => {
    const org = await makeOrganisation(t.database.db);
    const draft = await t.as(officer, { method: 'POST', url: `/api/organisations/${org.id}/democracy-drafts`, payload: {} });
    expect(draft.statusCode).toBe(201);
    const refused = await sign(manager, org.id, answers());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('democracy_draft_exists');
  });

  it('accepts only the organisation\'s own documents as evidence', async () => {
    const org = await makeOrganisation(t.database.db);
    const payload = answers();
    payload.conditions[0]!.evidence = [{ kind: 'document', documentId: '00000000-0000-4000-8000-000000000000' } as never];
    payload.conditions[0]!.met = false;
    payload.conditions[0]!.justification = 'Se dokumentet';
    const response = await sign(manager, org.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('conditions.0.evidence.0');
  });
});
