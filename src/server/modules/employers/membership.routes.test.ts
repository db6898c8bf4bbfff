import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
let manager: Session;
let reviewer: Session;
let partner: Session;
let steering: Session;
beforeAll(async () => {
  t = await createTestApp();
  [officer, manager, reviewer, partner, steering] = await Promise.all([
    t.loginAs('officer'),
    t.loginAs('manager'),
    t.loginAs('review_group'),
    t.loginAs('partner'),
    t.loginAs('steering_member'),
  ]);
});
afterAll(() => t.close());

const statements = { networkGoals: true, nonDiscrimination: true, genderEquality: true, equality: true, humanRights: true };
const application = (over: Record<string, unknown> = {}) => ({
  organisationName: 'Exempelbygg i Järva AB',
  orgNumber: '5599100103',
  employerType: 'company',
  contactName: 'HR-ansvarig',
  contactEmail: 'HR@exempelbygg.example',
  contactPhone: '08-123 456',
  motivation: 'Vi erbjuder praktikplatser och lärlingsjobb inom bygg.',
  statements,
  ...over,
});

async function register(session: Session, payload: Record<string, unknown>) {
  return t.as(session, { method: 'POST', url: '/api/employers/applications', payload });
}

/** An employer in the register and a checked, passed application for it. */
async function checkedApplication(name: string, orgNumber: string, employerType = 'company') {
  const org = await makeOrganisation(t.database.db, { name, kind: 'employer', orgNumber });
  const created = (await register(officer, application({ organisationName: name, orgNumber, employerType, organisationId: org.id }))).json();
  const checked = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${created.id}/check`, payload: { version: created.version, contactConfirmed: true, note: 'Kontrollerat mot registret' } });
  expect(checked.statusCode).toBe(200);
  return { org, application: checked.json() };
}

describe('Integrationspakten applications (EMP-1)', () => {
  it('EMP-1: an officer registers, links, checks; a manager approves and the membership is active at once, member since today', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'Exempelbygg i Järva AB', kind: 'employer', orgNumber: '559910-0103' });
    const created = await register(officer, application());
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ source: 'staff', status: 'submitted', organisation: null, orgNumber: '559910-0103', contactEmail: 'hr@exempelbygg.example', check: null });
    expect(view.reference).toMatch(/^IP \d{4}-\d{4}$/);
    expect(view.matchingOrganisations).toEqual([{ id: org.id, name: org.name, orgNumber: '559910-0103', status: 'active' }]);

    const linked = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${view.id}/organisation`, payload: { version: view.version, organisationId: org.id } });
    expect(linked.statusCode).toBe(200);
    const checked = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${view.id}/check`, payload: { version: linked.json().version, contactConfirmed: true } });
    expect(checked.json()).toMatchObject({ status: 'checked', check: { orgNumberValid: true, organisationActive: true, contactNamed: true, statementsGiven: true, passed: true } });

    const decided = await t.as(manager, { method: 'POST', url: `/api/employers/applications/${view.id}/decision`, payload: { version: checked.json().version, decision: 'approve' } });
    expect(decided.statusCode).toBe(200);
    const approved = decided.json();
    expect(approved.status).toBe('approved');
    expect(approved.membership.caseNumber).toMatch(/^AMN \d{4}-\d+$/);

    const cooperation = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${approved.membership.cooperationId}` })).json();
    expect(cooperation).toMatchObject({ form: 'integration_pact_membership', status: 'active', responsibleManager: { id: manager.userId } });
    const employer = (await t.as(reviewer, { method: 'GET', url: `/api/employers/${org.id}` })).json();
    expect(employer).toMatchObject({ isMember: true, profile: { employerType: 'company', sizeBand: null } });
    const row = await t.database.db.selectFrom('cooperation').select(['activated_on']).where('id', '=', approved.membership.cooperationId).executeTakeFirstOrThrow();
    expect(employer.memberships[0]).toMatchObject({ memberSince: row.activated_on, status: 'active' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [view.id, approved.membership.cooperationId]).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'integration_pact_application.registered',
      'integration_pact_application.linked',
      'integration_pact_application.checked',
      'cooperation.created',
      'cooperation.transitioned',
      'integration_pact_application.approved',
    ]);
  });

  it('EMP-1: a check that does not pass blocks approval (409), and approval needs a check at all', async () => {
    const archived = await makeOrganisation(t.database.db, { name: 'Nedlagda Exempel AB', kind: 'employer', orgNumber: '559917-0114', status: 'archived' });
    const created = (await register(officer, application({ organisationName: archived.name, orgNumber: '559917-0114', organisationId: archived.id }))).json();
    const early = await t.as(manager, { method: 'POST', url: `/api/employers/applications/${created.id}/decision`, payload: { version: created.version, decision: 'approve' } });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'application_not_approvable', requirement: 'EMP-1' });
    const checked = (await t.as(officer, { method: 'POST', url: `/api/employers/applications/${created.id}/check`, payload: { version: created.version, contactConfirmed: false } })).json();
    expect(checked.check).toMatchObject({ organisationActive: false, contactNamed: false, passed: false });
    const refused = await t.as(manager, { method: 'POST', url: `/api/employers/applications/${created.id}/decision`, payload: { version: checked.version, decision: 'approve' } });
    expect(refused.statusCode).toBe(409);
    expect(await t.database.db.selectFrom('cooperation').select('id').where('title', 'like', '%Nedlagda Exempel%').execute()).toEqual([]);
    const rejected = await t.as(manager, { method: 'POST', url: `/api/employers/applications/${created.id}/decision`, payload: { version: checked.version, decision: 'reject', reason: 'Verksamheten är avregistrerad.' } });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decision: { reason: 'Verksamheten är avregistrerad.' } });
    const again = await t.as(manager, { method: 'POST', url: `/api/employers/applications/${created.id}/decision`, payload: { version: rejected.json().version, decision: 'approve' } });
    expect(again.json().code).toBe('application_closed');
  });

  it('a public-style application without a link is registered as an employer from the application through the organisation service', async () => {
    const created = (await register(officer, application({ organisationName: 'Nystartade Exempel AB', orgNumber: '559924-0123', employerType: 'platform_company' }))).json();
    const linked = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${created.id}/organisation`, payload: { version: created.version, createWithLegalForm: 'limited_company' } });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().organisation).toMatchObject({ name: 'Nystartade Exempel AB', orgNumber: '559924-0123', status: 'active' });
    const employer = (await t.as(officer, { method: 'GET', url: `/api/employers/${linked.json().organisation.id}` })).json();
    expect(employer).toMatchObject({ isMember: false, profile: { employerType: 'platform_company' }, organisation: { legalForm: 'limited_company' } });
    // The organisation number is now taken: a second application links to that employer instead.
    const second = (await register(officer, application({ orgNumber: '559924-0123' }))).json();
    const taken = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${second.id}/organisation`, payload: { version: second.version, createWithLegalForm: 'limited_company' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('org_number_taken');
  });

  it('EMP-1: ending a membership takes a reason, ends the cooperation and the employer is no longer a member', async () => {
    const { org, application: checked } = await checkedApplication('Exempelstäd Sverige AB', '559931-0132');
    const approved = (await t.as(manager, { method: 'POST', url: `/api/employers/applications/${checked.id}/decision`, payload: { version: checked.version, decision: 'approve' } })).json();
    const cooperationId = approved.membership.cooperationId;
    const cooperation = (await t.as(manager, { method: 'GET', url: `/api/cooperations/${cooperationId}` })).json();
    const noReason = await t.as(manager, { method: 'POST', url: `/api/employers/memberships/${cooperationId}/end`, payload: { version: cooperation.version, reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const byOfficer = await t.as(officer, { method: 'POST', url: `/api/employers/memberships/${cooperationId}/end`, payload: { version: cooperation.version, reason: 'Begäran från arbetsgivaren' } });
    expect(byOfficer.statusCode).toBe(403);
    const ended = await t.as(manager, { method: 'POST', url: `/api/employers/memberships/${cooperationId}/end`, payload: { version: cooperation.version, reason: 'Begäran från arbetsgivaren' } });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endedReason: 'Begäran från arbetsgivaren' });
    const employer = (await t.as(officer, { method: 'GET', url: `/api/employers/${org.id}` })).json();
    expect(employer.isMember).toBe(false);
    expect(employer.memberships[0]).toMatchObject({ status: 'ended', endedReason: 'Begäran från arbetsgivaren' });
    const ordinary = await makeOrganisation(t.database.db, { name: 'Inte ett medlemskap' });
    const other = await t.as(manager, { method: 'POST', url: '/api/cooperations', payload: { title: 'Språkcafé', form: 'informal', organisationIds: [ordinary.id] } });
    const notMembership = await t.as(manager, { method: 'POST', url: `/api/employers/memberships/${other.json().id}/end`, payload: { version: 1, reason: 'Fel' } });
    expect(notMembership.statusCode).toBe(404);
  });

  it('EMP-1: a membership registered by hand in the register cannot be activated past the membership gates', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'Handregistrerade Exempel AB', kind: 'employer' });
    const created = (await t.as(manager, { method: 'POST', url: '/api/cooperations', payload: { title: 'Medlemskap', form: 'integration_pact_membership', organisationIds: [org.id], responsibleManagerId: manager.userId } })).json();
    const refused = await t.as(manager, { method: 'POST', url: `/api/cooperations/${created.id}/transitions`, payload: { to: 'active', version: created.version } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().gates.map((g: { gate: string }) => g.gate)).toEqual(['emp1.statements', 'emp1.check-passed', 'emp1.approved']);
  });

  it('withdraws an open application with its reason; a withdrawn one takes no check or decision, and only a manager decides', async () => {
    const created = (await register(officer, application({ organisationName: 'Återkallade Exempel AB' }))).json();
    const admin = await t.loginAs('admin');
    for (const session of [officer, admin, reviewer]) {
      const refused = await t.as(session, { method: 'POST', url: `/api/employers/applications/${created.id}/decision`, payload: { version: created.version, decision: 'reject', reason: 'Nej' } });
      expect(refused.statusCode).toBe(403);
    }
    const noReason = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${created.id}/withdrawal`, payload: { version: created.version } });
    expect(noReason.statusCode).toBe(400);
    const withdrawn = await t.as(admin, { method: 'POST', url: `/api/employers/applications/${created.id}/withdrawal`, payload: { version: created.version, reason: 'Arbetsgivaren drog tillbaka ansökan' } });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', decision: { reason: 'Arbetsgivaren drog tillbaka ansökan' } });
    const check = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${created.id}/check`, payload: { version: withdrawn.json().version, contactConfirmed: true } });
    expect(check.statusCode).toBe(409);
    expect(check.json().code).toBe('application_closed');
    const stale = await t.as(officer, { method: 'POST', url: `/api/employers/applications/${created.id}/withdrawal`, payload: { version: created.version, reason: 'Igen' } });
    expect(stale.statusCode).toBe(409);
  });

  it('lists applications by status and sorts them; only staff read them', async () => {
    const list = await t.as(reviewer, { method: 'GET', url: '/api/employers/applications?status=submitted,checked&sort=name&order=asc' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { status: string; organisationName: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(['submitted', 'checked']).toContain(item.status);
    const names = items.map((i) => i.organisationName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    for (const session of [partner, steering]) expect((await t.as(session, { method: 'GET', url: '/api/employers/applications' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/employers/applications' })).statusCode).toBe(401);
    expect((await register(reviewer, application())).statusCode).toBe(403);
  });

  it('refuses bad input with 400 and the field: missing statements, bad organisation number, unknown employer, unknown type', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [application({ statements: { ...statements, humanRights: false } }), 'statements.humanRights'],
      [application({ statements: { networkGoals: true } }), 'statements.equality'],
      [application({ orgNumber: '559910-0104' }), 'orgNumber'],
      [application({ employerType: 'gig' }), 'employerType'],
      [application({ contactEmail: 'nej' }), 'contactEmail'],
      [application({ motivation: 'x'.repeat(5_001) }), 'motivation'],
    ];
    for (const [payload, path] of cases) {
      const response = await register(officer, payload);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path), path).toContain(path);
    }
    const statement = await register(officer, application({ statements: { ...statements, equality: false } }));
    expect(statement.json().errors).toEqual([{ path: 'statements.equality', message: 'Åtagandet behöver bekräftas för att ansökan ska kunna tas emot' }]);
    const civil = await makeOrganisation(t.database.db, { name: 'En förening' });
    const notEmployer = await register(officer, application({ organisationId: civil.id }));
    expect(notEmployer.statusCode).toBe(400);
    expect(notEmployer.json().errors).toEqual([{ path: 'organisationId', message: 'Välj en arbetsgivare i registret' }]);
    const reject = await t.as(manager, { method: 'POST', url: '/api/employers/applications/00000000-0000-4000-8000-000000000000/decision', payload: { version: 1, decision: 'reject' } });
    expect(reject.statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/employers/applications/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/employers/members?memberFrom=2026-05-01&memberTo=2026-01-01' })).statusCode).toBe(400);
  });
});

describe('members and employer profiles (EMP-1)', () => {
  let platform: { id: string };
  beforeAll(async () => {
    const { org, application: checked } = await checkedApplication('Exempelbud Plattform AB', '559938-0150', 'platform_company');
    platform = org;
    await t.as(manager, { method: 'POST', url: `/api/employers/applications/${checked.id}/decision`, payload: { version: checked.version, decision: 'approve' } });
  });

  it('EMP-1: filters members by employer type (platform or gig), member-since range, status and search', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const platforms = (await t.as(reviewer, { method: 'GET', url: '/api/employers/members?employerType=platform_company' })).json();
    expect(platforms.items.map((m: { organisationId: string }) => m.organisationId)).toEqual([platform.id]);
    expect(platforms.items[0]).toMatchObject({ employerType: 'platform_company', status: 'active' });
    const search = (await t.as(officer, { method: 'GET', url: '/api/employers/members?q=plattform' })).json();
    expect(search.items).toHaveLength(1);
    const byNumber = (await t.as(officer, { method: 'GET', url: '/api/employers/members?q=5599380150' })).json();
    expect(byNumber.items).toHaveLength(1);
    const future = (await t.as(officer, { method: 'GET', url: '/api/employers/members?memberFrom=2999-01-01' })).json();
    expect(future.items).toEqual([]);
    const all = (await t.as(officer, { method: 'GET', url: `/api/employers/members?status=all&memberTo=${today}&sort=memberSince&order=desc` })).json();
    expect(all.items.some((m: { status: string }) => m.status === 'ended')).toBe(true);
    const ended = (await t.as(officer, { method: 'GET', url: '/api/employers/members?status=ended' })).json();
    for (const m of ended.items) expect(m.status).toBe('ended');
  });

  it('exports the filtered members as CSV and XLSX', async () => {
    const csv = await t.as(officer, { method: 'GET', url: '/api/employers/members/export?format=csv&employerType=platform_company' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('integrationspakten-medlemmar-');
    expect(csv.body).toContain('Plattforms- eller gigföretag');
    expect(csv.body).toContain('Exempelbud Plattform AB');
    expect(csv.body).not.toContain('Exempelstäd');
    const xlsx = await t.as(reviewer, { method: 'GET', url: '/api/employers/members/export?format=xlsx&lang=en' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('integrationspakten-members-');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await t.as(partner, { method: 'GET', url: '/api/employers/members/export?format=csv' })).statusCode).toBe(403);
    expect((await t.as(officer, { method: 'GET', url: '/api/employers/members/export?format=pdf' })).statusCode).toBe(400);
  });

  it('EMP-1: staff keep the employer type and size band with optimistic concurrency; readers may not', async () => {
    const current = (await t.as(officer, { method: 'GET', url: `/api/employers/${platform.id}` })).json();
    const saved = await t.as(officer, { method: 'PUT', url: `/api/employers/${platform.id}/profile`, payload: { employerType: 'platform_company', sizeBand: 'medium', version: current.profile.version } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().profile).toMatchObject({ employerType: 'platform_company', sizeBand: 'medium' });
    const stale = await t.as(officer, { method: 'PUT', url: `/api/employers/${platform.id}/profile`, payload: { employerType: 'company', version: current.profile.version } });
    expect(stale.statusCode).toBe(409);
    expect((await t.as(reviewer, { method: 'PUT', url: `/api/employers/${platform.id}/profile`, payload: { employerType: 'company' } })).statusCode).toBe(403);
    expect((await t.as(officer, { method: 'PUT', url: `/api/employers/${platform.id}/profile`, payload: { employerType: 'gig' } })).statusCode).toBe(400);
    const civil = await makeOrganisation(t.database.db, { name: 'Ingen arbetsgivare' });
    expect((await t.as(officer, { method: 'GET', url: `/api/employers/${civil.id}` })).statusCode).toBe(404);
  });
});
