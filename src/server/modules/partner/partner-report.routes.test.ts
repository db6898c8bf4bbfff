import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerMatrix } from '../../../../tests/support/authorization-matrix.partner';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { insertCooperation } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let partner: Session;
let otherPartner: Session;
let unlinkedPartner: Session;
let officer: Session;
let ownCooperation: string;
let foreignCooperation: string;

const NIL = '00000000-0000-4000-8000-000000000000';

/** A partner account linked to an organisation, as an administrator links it. */
async function linkedPartner(organisationId: string): Promise<Session> {
  const session = await t.loginAs('partner');
  await t.database.db.insertInto('partner_account').values({ user_id: session.userId, organisation_id: organisationId }).execute();
  return session;
}

async function cooperationOf(organisationId: string, title: string): Promise<string> {
  const id = await insertCooperation(t, title);
  await t.database.db.insertInto('cooperation_party').values({ cooperation_id: id, organisation_id: organisationId }).execute();
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  const own = await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' });
  const foreign = await makeOrganisation(t.database.db, { name: 'Språkcaféet' });
  ownCooperation = await cooperationOf(own.id, 'IOP om läxhjälp');
  foreignCooperation = await cooperationOf(foreign.id, 'IOP om språkcaféer');
  partner = await linkedPartner(own.id);
  // The access table is checked with a partner that speaks for an organisation, as partners do.
  sessions.set('partner', partner);
  otherPartner = await linkedPartner(foreign.id);
  unlinkedPartner = await t.loginAs('partner');
});
afterAll(() => t.close());

const save = (session: Session, cooperationId: string, period: string, payload: Record<string, unknown>) =>
  t.as(session, { method: 'PUT', url: `/api/partner/cooperations/${cooperationId}/reports/${period}`, payload });

describe('partner report access', () => {
  for (const [route, allowed] of Object.entries(partnerMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL).replace(':period', '2026-H1');
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }
});

describe('partner reporting (issue 11, IOP-9)', () => {
  it('shows the partner its own organisation and cooperations, with the year\'s report periods', async () => {
    const response = await t.as(partner, { method: 'GET', url: '/api/partner/home?year=2026' });
    expect(response.statusCode, response.body).toBe(200);
    const home = response.json();
    expect(home.organisation.name).toBe('Läxhjälpsföreningen');
    expect(home.cooperations.map((c: { id: string }) => c.id)).toEqual([ownCooperation]);
    expect(home.cooperations[0].reports.map((r: { period: string }) => r.period)).toEqual(['2026-H1', '2026-H2', '2026']);
  });

  it('a partner account not linked to an organisation sees nothing and may report nothing', async () => {
    const home = await t.as(unlinkedPartner, { method: 'GET', url: '/api/partner/home' });
    expect(home.json()).toMatchObject({ organisation: null, cooperations: [] });
    const response = await save(unlinkedPartner, ownCooperation, '2026-H1', { followUpText: 'Text' });
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toContain('partner_not_linked');
  });

  it('reports for its own cooperation and is refused for another organisation\'s (404, as if unknown)', async () => {
    const own = await save(partner, ownCooperation, '2026-H1', { followUpText: 'Tjugo elever fick läxhjälp varje vecka.' });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ status: 'draft', period: '2026-H1', organisation: { name: 'Läxhjälpsföreningen' } });

    const foreign = await save(partner, foreignCooperation, '2026-H1', { followUpText: 'Försök' });
    expect(foreign.statusCode).toBe(404);
    expect((await t.as(partner, { method: 'GET', url: `/api/partner/cooperations/${foreignCooperation}/reports/2026-H1` })).statusCode).toBe(404);
    // Nor can another organisation's partner read, submit or download this report.
    const id = own.json().id as string;
    expect((await t.as(otherPartner, { method: 'GET', url: `/api/partner-reports/${id}` })).statusCode).toBe(404);
    expect((await t.as(otherPartner, { method: 'POST', url: `/api/partner-reports/${id}/submit`, payload: { version: own.json().version } })).statusCode).toBe(404);
    const list = await t.as(otherPartner, { method: 'GET', url: '/api/partner-reports' });
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('a returned report shows the comment, is changed and resubmitted; an approved report is read-only', async () => {
    const saved = (await save(partner, ownCooperation, '2026-H2', { followUpText: 'Hösten i korthet' })).json();
    const submitted = await t.as(partner, { method: 'POST', url: `/api/partner-reports/${saved.id}/submit`, payload: { version: saved.version } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    // Submitted: the partner can no longer change it.
    const locked = await save(partner, ownCooperation, '2026-H2', { version: submitted.json().version, followUpText: 'Ändrad' });
    expect(locked.statusCode).toBe(409);

    const queue = await t.as(officer, { method: 'GET', url: '/api/partner-reports?status=submitted' });
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(saved.id);

    const returned = await t.as(officer, {
      method: 'POST',
      url: `/api/partner-reports/${saved.id}/return`,
      payload: { version: submitted.json().version, comment: 'Beskriv hur många som deltog.' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const seen = (await t.as(partner, { method: 'GET', url: `/api/partner/cooperations/${ownCooperation}/reports/2026-H2` })).json().report;
    expect(seen).toMatchObject({ status: 'returned', reviewComment: 'Beskriv hur många som deltog.' });

    const changed = (await save(partner, ownCooperation, '2026-H2', { version: seen.version, followUpText: 'Hösten: 18 deltagare, 12 träffar.' })).json();
    const resubmitted = (await t.as(partner, { method: 'POST', url: `/api/partner-reports/${saved.id}/submit`, payload: { version: changed.version } })).json();
    expect(resubmitted.status).toBe('submitted');
    const approved = await t.as(officer, { method: 'POST', url: `/api/partner-reports/${saved.id}/approve`, payload: { version: resubmitted.version } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', reviewComment: null, followUpText: 'Hösten: 18 deltagare, 12 träffar.' });

    const afterApproval = await save(partner, ownCooperation, '2026-H2', { version: approved.json().version, followUpText: 'Ändrad i efterhand' });
    expect(afterApproval.statusCode).toBe(409);
    expect(afterApproval.json().type).toContain('partner_report_locked');
    const again = await t.as(officer, { method: 'POST', url: `/api/partner-reports/${saved.id}/return`, payload: { version: approved.json().version, comment: 'Nej' } });
    expect(again.statusCode).toBe(409);
  });

  it('IOP-9: a year report needs the organisation\'s financial report, which staff can then open', async () => {
    const saved = (await save(partner, ownCooperation, '2026', { followUpText: 'Året i korthet' })).json();
    const early = await t.as(partner, { method: 'POST', url: `/api/partner-reports/${saved.id}/submit`, payload: { version: saved.version } });
    expect(early.statusCode).toBe(409);
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'financialReport', requirement: 'IOP-9' })]);

    const upload = multipartFile('Ekonomisk redovisning 2026.pdf', pdfBytes, 'application/pdf');
    const uploaded = await t.as(partner, { method: 'POST', url: `/api/partner/cooperations/${ownCooperation}/reports/2026/financial-report`, ...upload });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json().financialReport.originalName).toBe('Ekonomisk redovisning 2026.pdf');

    const submitted = await t.as(partner, { method: 'POST', url: `/api/partner-reports/${saved.id}/submit`, payload: { version: uploaded.json().version } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const file = await t.as(sessions.get('economist')!, { method: 'GET', url: `/api/partner-reports/${saved.id}/financial-report` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdfBytes)).toBe(true);
    expect((await t.as(otherPartner, { method: 'GET', url: `/api/partner-reports/${saved.id}/financial-report` })).statusCode).toBe(404);
  });

  it('refuses a financial report on a semester report and bad periods with 400', async () => {
    const upload = multipartFile('Redovisning.pdf', pdfBytes, 'application/pdf');
    const semester = await t.as(partner, { method: 'POST', url: `/api/partner/cooperations/${ownCooperation}/reports/2026-H1/financial-report`, ...upload });
    expect(semester.statusCode).toBe(400);
    for (const period of ['2026-H3', '26', '2026-1', 'abcd']) {
      expect((await save(partner, ownCooperation, period, { followUpText: 'x' })).statusCode, period).toBe(400);
    }
    expect((await save(partner, ownCooperation, '2027-H1', { followUpText: 'x', extra: true })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'POST', url: `/api/partner-reports/${NIL}/return`, payload: { version: 1, comment: '  ' } })).statusCode).toBe(400);
  });

  it('an administrator links a partner account to an organisation from the register, never to an unknown one', async () => {
    const admin = sessions.get('admin')!;
    const organisation = await makeOrganisation(t.database.db, { name: 'Kvinnojouren' });
    const created = await t.as(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { email: 'rapportor@kvinnojouren.example', name: 'Rapportör', roles: ['partner'], organisationId: organisation.id },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().user.organisationId).toBe(organisation.id);
    const unknown = await t.as(admin, { method: 'PATCH', url: `/api/users/${created.json().user.id}`, payload: { version: created.json().user.version, organisationId: NIL } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: 'organisationId' })]);
  });
});
