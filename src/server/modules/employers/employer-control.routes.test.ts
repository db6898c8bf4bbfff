import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerControlsMatrix } from '../../../../tests/support/authorization-matrix.employer-controls';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { ControlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import type { EmployerControlsView } from '../../../shared/employers/employer-control.schemas';
import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { todayOf } from '../governance/governance-fixtures.test-helper';
import { makeEmployer, recordCheck } from './employer-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
let admin: Session;
let today: string;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  admin = sessions.get('admin')!;
  today = todayOf(t);
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const controlsOf = async (id: string, session = officer) => (await t.as(session, { method: 'GET', url: `/api/employers/${id}/controls` })).json() as EmployerControlsView;
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
const upload = async (employerId: string, session = officer, name = 'Skuldfrihetsintyg.pdf') => {
  const response = await t.as(session, { method: 'POST', url: `/api/employers/${employerId}/control-checks/evidence`, ...multipartFile(name, pdfBytes, 'application/pdf') });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
};

describe('employer controls access (EMP-2)', () => {
  for (const [route, allowed] of Object.entries(employerControlsMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':organisationId', NIL).replace(':checkId', NIL).replace(':programmeCode', 'inkop-2020').replace(':controlCode', 'pay');
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

describe('recording a check (EMP-2)', () => {
  it('EMP-2: a check with a document and a reference passes the control, holds 12 months and is in the history and the audit log', async () => {
    const employer = await makeEmployer(t, 'Restaurang Smak AB');
    const fileId = await upload(employer.id);
    const response = await recordCheck(t, officer, employer.id, {
      controlCode: 'taxes',
      result: 'pass',
      checkedOn: today,
      evidenceFileId: fileId,
      evidenceReference: `Utdrag ur skattekonto ${today}`,
      note: 'F-skatt och arbetsgivarregistrering kontrollerade',
    });
    expect(response.statusCode, response.body).toBe(201);
    const taxes = (response.json() as EmployerControlsView).controls.find((c) => c.code === 'taxes');
    expect(taxes).toMatchObject({
      state: 'passed',
      validUntil: addDays(addMonths(today, 12), -1),
      latest: { result: 'pass', evidenceFile: { id: fileId, originalName: 'Skuldfrihetsintyg.pdf' }, checkedBy: { id: officer.userId }, counts: true },
    });
    const view = await controlsOf(employer.id, sessions.get('economist')!);
    expect(view.programme?.code).toBe('inkop-2020');
    expect(view.allPassed).toBe(false);
    expect(view.controls.filter((c) => c.state === 'missing')).toHaveLength(6);

    const download = await t.as(sessions.get('review_group')!, { method: 'GET', url: `/api/employers/${employer.id}/control-checks/${taxes?.latest?.id}/evidence` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);

    const audit = (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=organisation&entityId=${employer.id}` })).json() as { items: { action: string }[] };
    expect(JSON.stringify(audit.items.find((e) => e.action === 'employer-control.checked'))).toContain('Utdrag ur skattekonto');
  });

  it('EMP-2: the collective-agreement answer is required for its control and refused for others; not applicable only where allowed', async () => {
    const employer = await makeEmployer(t, 'Hotell Vid Vattnet AB');
    const missingAnswer = await recordCheck(t, officer, employer.id, { controlCode: 'collective_agreement', result: 'pass', checkedOn: today, evidenceReference: 'Avtal med Visita' });
    expect(missingAnswer.statusCode).toBe(400);
    expect(paths(missingAnswer)).toEqual(['collectiveAgreement']);
    const misplaced = await recordCheck(t, officer, employer.id, { controlCode: 'pay', result: 'not_applicable', collectiveAgreement: 'yes', checkedOn: today, evidenceReference: 'Lönespecifikationer' });
    expect(misplaced.statusCode).toBe(400);
    expect(paths(misplaced)).toEqual(['collectiveAgreement', 'result']);
    const answered = await recordCheck(t, officer, employer.id, {
      controlCode: 'collective_agreement',
      result: 'not_applicable',
      collectiveAgreement: 'equivalent_terms',
      checkedOn: today,
      evidenceReference: 'Anställningsavtal med villkor motsvarande kollektivavtal',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect((answered.json() as EmployerControlsView).controls.find((c) => c.code === 'collective_agreement')).toMatchObject({ state: 'passed', latest: { collectiveAgreement: 'equivalent_terms' } });
  });

  it('bad input gives 400 with the field: no evidence, a future date, an unknown control, a file not uploaded by the user or already used', async () => {
    const employer = await makeEmployer(t, 'Verkstad Nord AB');
    const noEvidence = await recordCheck(t, officer, employer.id, { controlCode: 'pay', result: 'pass', checkedOn: addDays(today, 1) });
    expect(noEvidence.statusCode).toBe(400);
    expect(paths(noEvidence)).toEqual(['checkedOn', 'evidenceReference']);
    const unknown = await recordCheck(t, officer, employer.id, { controlCode: 'human_rights', result: 'pass', checkedOn: today, evidenceReference: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(paths(unknown)).toEqual(['controlCode']);
    const othersFile = await upload(employer.id, sessions.get('manager')!);
    const foreign = await recordCheck(t, officer, employer.id, { controlCode: 'pay', result: 'pass', checkedOn: today, evidenceFileId: othersFile });
    expect(foreign.statusCode).toBe(400);
    expect(paths(foreign)).toEqual(['evidenceFileId']);
    const own = await upload(employer.id);
    expect((await recordCheck(t, officer, employer.id, { controlCode: 'pay', result: 'pass', checkedOn: today, evidenceFileId: own })).statusCode).toBe(201);
    const reused = await recordCheck(t, officer, employer.id, { controlCode: 'holidays', result: 'pass', checkedOn: today, evidenceFileId: own });
    expect(reused.statusCode).toBe(400);
    for (const payload of [{}, { controlCode: 'pay', result: 'maybe', checkedOn: today }, { controlCode: 'pay', result: 'pass', checkedOn: '2026-13-40' }, { controlCode: 'pay', result: 'pass', checkedOn: today, extra: 1 }]) {
      expect((await recordCheck(t, officer, employer.id, payload)).statusCode).toBe(400);
    }
    const notEmployer = await makeOrganisation(t.database.db, { kind: 'civil_society' });
    expect((await t.as(officer, { method: 'GET', url: `/api/employers/${notEmployer.id}/controls` })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/employers/not-a-uuid/controls' })).statusCode).toBe(400);
  });
});

describe('the programmes (EMP-2): a new programme and intervals without code', () => {
  it('EMP-2: an administrator changes a control interval and adds a programme from a later date; both are audited', async () => {
    const changed = await t.as(admin, { method: 'PATCH', url: '/api/reference/employer-controls/inkop-2020/controls/taxes', payload: { recheckMonths: 6 } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((changed.json() as ControlProgrammeView[])[0]?.controls.find((c) => c.code === 'taxes')?.recheckMonths).toBe(6);
    const employer = await makeEmployer(t, 'Tvätteri Syd AB');
    const checked = await recordCheck(t, officer, employer.id, { controlCode: 'taxes', result: 'pass', checkedOn: today, evidenceReference: 'Skuldfrihetsintyg' });
    expect((checked.json() as EmployerControlsView).controls.find((c) => c.code === 'taxes')?.validUntil).toBe(addDays(addMonths(today, 6), -1));
    expect((await t.as(admin, { method: 'PATCH', url: '/api/reference/employer-controls/inkop-2020/controls/taxes', payload: { recheckMonths: null } })).statusCode).toBe(200);

    const tooEarly = await t.as(admin, { method: 'POST', url: '/api/reference/employer-controls', payload: { code: 'inkop-2019', name: 'Äldre program', validFrom: '2019-01-01', controls: [{ code: 'pay', nameSv: 'Lön', nameEn: 'Pay', recheckMonths: null, mayNotApply: false }] } });
    expect(tooEarly.statusCode).toBe(400);
    expect(paths(tooEarly)).toEqual(['validFrom']);
    const created = await t.as(admin, {
      method: 'POST',
      url: '/api/reference/employer-controls',
      payload: {
        code: 'inkop-2031',
        name: 'Program för inköp 2031',
        validFrom: '2031-01-01',
        controls: [
          { code: 'pay', nameSv: 'Lön', nameEn: 'Pay', recheckMonths: 12, mayNotApply: false },
          { code: 'human_rights', nameSv: 'Mänskliga rättigheter', nameEn: 'Human rights', recheckMonths: null, mayNotApply: false },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as ControlProgrammeView[]).map((p) => [p.code, p.validTo])).toEqual([
      ['inkop-2020', '2030-12-31'],
      ['inkop-2031', null],
    ]);
    const audit = (await t.as(admin, { method: 'GET', url: '/api/audit-log?entityType=employer_control_programme&entityId=inkop-2031' })).json() as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toContain('employer-control-programme.created');
    const duplicate = await t.as(admin, { method: 'POST', url: '/api/reference/employer-controls', payload: { code: 'inkop-2031', name: 'Igen', validFrom: '2032-01-01', controls: [] } });
    expect(duplicate.statusCode).toBe(400);
    expect((await t.as(admin, { method: 'PATCH', url: '/api/reference/employer-controls/inkop-2020/controls/none', payload: { recheckMonths: 3 } })).statusCode).toBe(404);
    expect((await t.as(admin, { method: 'PATCH', url: '/api/reference/employer-controls/inkop-2020/controls/pay', payload: { recheckMonths: 0 } })).statusCode).toBe(400);
  });
});
