import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lifecycleMatrix } from '../../../../tests/support/authorization-matrix.lifecycle';
import { multipartFile } from '../../../../tests/support/multipart';
import { waitFor } from '../../../../tests/support/wait-for';
import { buildApp } from '../../app';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { todayOf } from '../governance/governance-fixtures.test-helper';
import { cooperationVersion, insertAgreement, insertCooperationIn, uploadEvidence } from './lifecycle-fixtures.test-helper';
import { endDueTerminations } from './termination-end.service';
import { TERMINATION_SWEEP_CRON, TERMINATION_SWEEP_JOB } from './termination-sweep';

let t: TestApp;
const sessions = new Map<Role, Session>();
let manager: Session;
let officer: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  manager = sessions.get('manager')!;
  officer = sessions.get('officer')!;
  admin = sessions.get('admin')!;
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
const statusOf = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}` })).json() as { status: string; endedReason: string | null };
const terminate = async (id: string, payload: Record<string, unknown>, session = manager) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${id}/termination`, payload: { version: await cooperationVersion(t, id), ...payload } });
const auditOf = async (id: string) => (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=cooperation&entityId=${id}` })).json() as { items: { action: string }[] };

describe('termination access', () => {
  const lifecycleRoutes = Object.entries(lifecycleMatrix).filter(([route]) => route.includes('/termination'));
  for (const [route, allowed] of lifecycleRoutes) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL).replace(':terminationId', NIL);
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

describe('rescission (IOP-5, EMP-3)', () => {
  it('EMP-3: a rescission ends the cooperation at once, with reason and evidence in the audit log', async () => {
    const id = await insertCooperationIn(t, 'active');
    const agreementId = await insertAgreement(t, id, { noticeMonths: 6 });
    const fileId = await uploadEvidence(t, manager, id);
    const today = todayOf(t);
    const response = await terminate(id, {
      kind: 'rescission',
      reason: 'Partnern har brutit mot avtalets villkor om redovisning',
      givenOn: today,
      evidenceFileId: fileId,
      evidenceNote: 'Revisionsrapport från Ekonomistaben',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      cooperationStatus: 'ended',
      terminable: false,
      current: {
        kind: 'rescission',
        state: 'effected',
        givenOn: today,
        effectiveOn: today,
        evidenceNote: 'Revisionsrapport från Ekonomistaben',
        evidenceFile: { id: fileId, originalName: 'Protokoll om hävning.pdf', mediaType: 'application/pdf' },
        createdBy: { id: manager.userId },
      },
    });
    expect(await statusOf(id)).toMatchObject({ status: 'ended', endedReason: 'Partnern har brutit mot avtalets villkor om redovisning' });

    const entry = (await auditOf(id)).items.find((e) => e.action === 'cooperation.rescinded');
    expect(entry).toBeDefined();
    const text = JSON.stringify(entry);
    for (const expected of ['Partnern har brutit mot avtalets villkor', 'Revisionsrapport från Ekonomistaben', fileId, 'Protokoll om hävning.pdf', '"ended"']) {
      expect(text).toContain(expected);
    }
    const agreement = await t.database.db.selectFrom('agreement').select('status').where('id', '=', agreementId).executeTakeFirstOrThrow();
    expect(agreement.status).toBe('terminated');

    const terminationId = response.json().current.id as string;
    const download = await t.as(sessions.get('economist')!, { method: 'GET', url: `/api/cooperations/${id}/terminations/${terminationId}/evidence` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);

    const again = await terminate(id, { kind: 'rescission', reason: 'Igen', givenOn: today, evidenceNote: 'X' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('cooperation_ended');
  });

  it('a cooperation in preparation can be rescinded; a note alone is evidence enough', async () => {
    const id = await insertCooperationIn(t, 'preparing');
    const response = await terminate(id, { kind: 'rescission', reason: 'Behovet har upphört', givenOn: todayOf(t), evidenceNote: 'Beslut av ansvarig chef' });
    expect(response.statusCode, response.body).toBe(201);
    expect((await statusOf(id)).status).toBe('ended');
  });
});

describe('notice (IOP-5)', () => {
  it('IOP-5: a notice does not end the cooperation before the computed date; the sweep ends it on that date, once', async () => {
    const id = await insertCooperationIn(t, 'under_review');
    await insertAgreement(t, id, { noticeMonths: 3 });
    const today = todayOf(t);
    const effectiveOn = addMonths(today, 3);
    const given = await terminate(id, { kind: 'notice', reason: 'Konkurrenssituation har uppstått', givenOn: today, evidenceNote: 'Skrivelse till föreningen', noticeMonths: 1 });
    expect(given.statusCode, given.body).toBe(201);
    // The agreement's notice period governs, not the one given with the notice.
    expect(given.json()).toMatchObject({ cooperationStatus: 'under_review', agreementNoticeMonths: 3, terminable: false, current: { state: 'pending', effectiveOn } });
    expect((await auditOf(id)).items.map((e) => e.action)).toContain('cooperation.notice_given');

    expect(await endDueTerminations(t.database.db, addDays(effectiveOn, -1))).toBe(0);
    expect((await statusOf(id)).status).toBe('under_review');

    expect(await endDueTerminations(t.database.db, effectiveOn)).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id)).toMatchObject({ status: 'ended', endedReason: 'Konkurrenssituation har uppstått' });
    expect(await endDueTerminations(t.database.db, effectiveOn)).toBe(0);
    const view = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}/termination` })).json();
    expect(view.current).toMatchObject({ state: 'effected', effectiveOn });
    const ended = (await auditOf(id)).items.filter((e) => e.action === 'cooperation.ended_by_notice');
    expect(ended).toHaveLength(1);
    expect(JSON.stringify(ended[0])).toContain('Skrivelse till föreningen');
  });

  it('without an agreement period the notice names its months; a notice whose date has passed ends at once', async () => {
    const id = await insertCooperationIn(t, 'active');
    const missing = await terminate(id, { kind: 'notice', reason: 'Behovet har upphört', givenOn: todayOf(t), evidenceNote: 'Mejl' });
    expect(missing.statusCode).toBe(400);
    expect(paths(missing)).toEqual(['noticeMonths']);
    const givenOn = addMonths(todayOf(t), -2);
    const past = await terminate(id, { kind: 'notice', reason: 'Behovet har upphört', givenOn, evidenceNote: 'Mejl', noticeMonths: 1 });
    expect(past.statusCode, past.body).toBe(201);
    expect(past.json()).toMatchObject({ cooperationStatus: 'ended', current: { state: 'effected', effectiveOn: addMonths(givenOn, 1) } });
  });

  it('a withdrawn notice never ends the cooperation, stays on record, and a new one may follow', async () => {
    const id = await insertCooperationIn(t, 'active');
    const given = await terminate(id, { kind: 'notice', reason: 'Ändrade behov', givenOn: todayOf(t), evidenceNote: 'Skrivelse', noticeMonths: 2 });
    expect(given.statusCode).toBe(201);
    const pending = await terminate(id, { kind: 'rescission', reason: 'Igen', givenOn: todayOf(t), evidenceNote: 'X' });
    expect(pending.statusCode).toBe(409);
    expect(pending.json()).toMatchObject({ code: 'termination_pending' });

    const withdraw = (payload: Record<string, unknown>) => t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/termination/withdraw`, payload });
    expect(paths(await withdraw({ version: await cooperationVersion(t, id), reason: ' ' }))).toEqual(['reason']);
    expect((await withdraw({ version: 999, reason: 'Behovet kvarstår' })).json().code).toBe('version_conflict');
    const withdrawn = await withdraw({ version: await cooperationVersion(t, id), reason: 'Behovet kvarstår' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ current: null, terminable: true, history: [{ state: 'withdrawn', reason: 'Ändrade behov' }] });
    const again = await withdraw({ version: await cooperationVersion(t, id), reason: 'Igen' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('no_pending_notice');

    await endDueTerminations(t.database.db, '2199-12-31');
    expect((await statusOf(id)).status).toBe('active');
    expect((await auditOf(id)).items.map((e) => e.action)).toContain('cooperation.notice_withdrawn');
    const second = await terminate(id, { kind: 'notice', reason: 'Nytt beslut', givenOn: todayOf(t), evidenceNote: 'Skrivelse 2', noticeMonths: 1 });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().history).toHaveLength(2);
  });

  it('IOP-5: the sweep is a background job that runs once when the job runner starts, hourly after that, and stops with the app', async () => {
    const id = await insertCooperationIn(t, 'active');
    const given = await terminate(id, { kind: 'notice', reason: 'Uppsägning', givenOn: todayOf(t), evidenceNote: 'Skrivelse', noticeMonths: 1 });
    expect(given.statusCode).toBe(201);
    // Backdate the notice as if it had been given a month and more ago.
    await t.database.db.updateTable('cooperation_termination').set({ given_on: addDays(todayOf(t), -40), effective_on: addDays(todayOf(t), -9) }).where('cooperation_id', '=', id).execute();
    // A second app process on the same database, this one running the jobs.
    const worker = await buildApp({ config: t.config, database: t.database, logger: false, jobs: { pollingIntervalSeconds: 0.5 } });
    expect(worker.jobs.registry.get(TERMINATION_SWEEP_JOB)).toMatchObject({ cron: TERMINATION_SWEEP_CRON, runAtStart: true });
    await worker.ready();
    try {
      await waitFor(async () => (await statusOf(id)).status === 'ended', 'the sweep at start ends the cooperation');
    } finally {
      await worker.close();
    }
    expect(worker.jobs.running).toBe(false);
    expect((await auditOf(id)).items.filter((e) => e.action === 'cooperation.ended_by_notice')).toHaveLength(1);
  });
});

describe('termination input and conflicts', () => {
  it('bad input is 400 with the fields named, never 500; unknown cooperations are 404', async () => {
    const id = await insertCooperationIn(t, 'active');
    const today = todayOf(t);
    expect(paths(await terminate(id, { kind: 'rescission', reason: 'Skäl', givenOn: today }))).toEqual(['evidence']);
    expect(paths(await terminate(id, { kind: 'rescission', reason: ' ', givenOn: today, evidenceNote: 'X' }))).toEqual(['reason']);
    expect(paths(await terminate(id, { kind: 'cancel', reason: 'Skäl', givenOn: today, evidenceNote: 'X' }))).toEqual(['kind']);
    expect(paths(await terminate(id, { kind: 'rescission', reason: 'Skäl', givenOn: '15 mars', evidenceNote: 'X' }))).toEqual(['givenOn']);
    const future = await terminate(id, { kind: 'rescission', reason: 'Skäl', givenOn: addDays(today, 1), evidenceNote: 'X' });
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'givenOn', message: 'Datumet kan inte ligga i framtiden' })]);
    expect(paths(await terminate(id, { kind: 'notice', reason: 'Skäl', givenOn: today, evidenceNote: 'X', noticeMonths: 0 }))).toEqual(['noticeMonths']);
    expect(paths(await terminate(id, { kind: 'rescission', reason: 'Skäl', givenOn: today, evidenceNote: 'X', extra: 1 }))).toEqual(['extra']);
    const othersFile = await uploadEvidence(t, sessions.get('manager')!, id);
    const anotherManager = await t.loginAs('manager');
    expect(paths(await terminate(id, { kind: 'rescission', reason: 'Skäl', givenOn: today, evidenceFileId: othersFile }, anotherManager))).toEqual(['evidenceFileId']);
    expect(paths(await terminate(id, { kind: 'rescission', reason: 'Skäl', givenOn: today, evidenceFileId: NIL }))).toEqual(['evidenceFileId']);
    expect((await terminate(id, { version: 999, kind: 'rescission', reason: 'Skäl', givenOn: today, evidenceNote: 'X' })).json().code).toBe('version_conflict');
    expect((await statusOf(id)).status).toBe('active');

    const post = (url: string, payload: Record<string, unknown>) => t.as(manager, { method: 'POST', url, payload });
    expect((await post(`/api/cooperations/${NIL}/termination`, { version: 1, kind: 'rescission', reason: 'Skäl', givenOn: today, evidenceNote: 'X' })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/${NIL}/termination` })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/cooperations/nope/termination' })).statusCode).toBe(400);
    const upload = multipartFile('Virus.exe', Buffer.from('MZ not a document'));
    expect((await t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/termination/evidence`, ...upload })).statusCode).toBe(415);
    expect(paths(await post(`/api/cooperations/${id}/termination/evidence`, {}))).toEqual(['file']);
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}/terminations/${NIL}/evidence` })).statusCode).toBe(404);
  });

  it('an ended cooperation takes no evidence and no termination (409)', async () => {
    const id = await insertCooperationIn(t, 'ended');
    const response = await terminate(id, { kind: 'notice', reason: 'Skäl', givenOn: todayOf(t), evidenceNote: 'X', noticeMonths: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('cooperation_ended');
    const upload = multipartFile('Beslut.pdf', pdfBytes, 'application/pdf');
    expect((await t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/termination/evidence`, ...upload })).json().code).toBe('cooperation_ended');
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}/termination` })).json()).toMatchObject({ terminable: false, current: null });
  });
});
