import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { economyMatrix } from '../../../../tests/support/authorization-matrix.economy';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfBytes, windowsExecutableBytes } from '../files/file-fixtures.test-helper';
import { insertBudget, insertEconomyCooperation, insertSteeringMeeting } from './economy-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let economist: Session;
let officer: Session;
let reader: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  economist = sessions.get('economist')!;
  officer = sessions.get('officer')!;
  reader = sessions.get('review_group')!;
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();

type Figures = { budgetSek: number; outcomeSek: number; differenceSek: number; budgetMoneySek: number; outcomeMoneySek: number; outcomeInKindSek: number };
type Economy = {
  years: { year: number; parties: (Figures & { organisationId: string; organisationName: string })[]; totals: Figures }[];
  outcomes: { id: string; amountSek: number; version: number; reference: string | null }[];
  reconciliations: { id: string; year: number; meeting: { id: string; meetingDate: string }; figures: { totals: Figures } }[];
  audits: { id: string; reportFile: { id: string; originalName: string } | null; version: number }[];
  meetings: { id: string }[];
  parties: { organisationId: string; name: string }[];
};

const economyOf = async (cooperationId: string, session = reader): Promise<Economy> => {
  const response = await t.as(session, { method: 'GET', url: `/api/cooperations/${cooperationId}/economy` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const outcome = (organisationId: string, payload: Record<string, unknown> = {}) => ({
  year: 2026,
  organisationId,
  occurredOn: '2026-03-15',
  amountSek: 100_000,
  kind: 'money',
  reference: 'Faktura 4711',
  ...payload,
});
const record = (cooperationId: string, payload: Record<string, unknown>, session = economist) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${cooperationId}/economy/outcomes`, payload });

describe('economy access', () => {
  for (const [route, allowed] of Object.entries(economyMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(/:[a-zA-Z]+/g, NIL);
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

  it('an unknown cooperation is 404 for reading and writing', async () => {
    expect((await t.as(reader, { method: 'GET', url: `/api/cooperations/${NIL}/economy` })).statusCode).toBe(404);
    expect((await record(NIL, outcome(NIL))).statusCode).toBe(404);
  });
});

describe('economy (IOP-9)', () => {
  it('IOP-9: budget against outcome per year and party equals the recorded entries', async () => {
    const { cooperationId, city, association } = await insertEconomyCooperation(t);
    await insertBudget(
      t,
      cooperationId,
      [
        { year: 2026, organisationId: city.id, moneySek: 500_000, inKindSek: 50_000 },
        { year: 2026, organisationId: association.id, moneySek: 0, inKindSek: 120_000 },
        { year: 2027, organisationId: city.id, moneySek: 520_000, inKindSek: 0 },
      ],
      2,
    );
    const entries = [
      outcome(city.id, { amountSek: 200_000 }),
      outcome(city.id, { amountSek: 180_000, occurredOn: '2026-06-30', reference: 'Verifikation 2026-118' }),
      outcome(city.id, { amountSek: 30_000, kind: 'in_kind', reference: null, note: 'Lokaler' }),
      outcome(association.id, { amountSek: 90_000, kind: 'in_kind', reference: null }),
      outcome(city.id, { year: 2027, occurredOn: '2027-02-01', amountSek: 130_000 }),
    ];
    for (const e of entries) expect((await record(cooperationId, e, officer)).statusCode).toBe(201);

    const economy = await economyOf(cooperationId);
    expect(economy.parties.map((p) => p.organisationId)).toEqual(expect.arrayContaining([city.id, association.id]));
    expect(economy.outcomes).toHaveLength(5);
    const y2026 = economy.years.find((y) => y.year === 2026)!;
    const cityRow = y2026.parties.find((p) => p.organisationId === city.id)!;
    expect(cityRow).toMatchObject({ organisationName: city.name, budgetSek: 550_000, outcomeMoneySek: 380_000, outcomeInKindSek: 30_000, outcomeSek: 410_000, differenceSek: -140_000 });
    expect(y2026.parties.find((p) => p.organisationId === association.id)).toMatchObject({ budgetSek: 120_000, outcomeSek: 90_000, differenceSek: -30_000 });
    expect(y2026.totals).toMatchObject({ budgetSek: 670_000, outcomeSek: 500_000, differenceSek: -170_000 });
    // The sums equal the entries of each year and party.
    for (const y of economy.years) {
      for (const p of y.parties) {
        const sum = entries.filter((e) => e.year === y.year && e.organisationId === p.organisationId).reduce((n, e) => n + (e.amountSek as number), 0);
        expect(p.outcomeSek, `${y.year} ${p.organisationName}`).toBe(sum);
      }
    }
    expect(economy.years.find((y) => y.year === 2027)!.totals).toMatchObject({ budgetSek: 520_000, outcomeSek: 130_000, differenceSek: -390_000 });
  });

  it('IOP-9: a correction makes a new version; a stale one is 409; a removed entry no longer counts; all are audited', async () => {
    const { cooperationId, city } = await insertEconomyCooperation(t);
    const created = await record(cooperationId, outcome(city.id, { amountSek: 1_000 }));
    expect(created.statusCode, created.body).toBe(201);
    const entry = created.json();
    const url = `/api/cooperations/${cooperationId}/economy/outcomes/${entry.id}`;
    const corrected = await t.as(economist, { method: 'PATCH', url, payload: { version: entry.version, amountSek: 1_250, reference: 'Faktura 4712' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ amountSek: 1_250, reference: 'Faktura 4712', version: entry.version + 1 });
    expect((await t.as(economist, { method: 'PATCH', url, payload: { version: entry.version, amountSek: 1 } })).statusCode).toBe(409);
    expect((await economyOf(cooperationId)).years[0]!.totals.outcomeSek).toBe(1_250);

    expect((await t.as(economist, { method: 'POST', url: `${url}/remove`, payload: { version: entry.version } })).statusCode).toBe(409);
    expect((await t.as(economist, { method: 'POST', url: `${url}/remove`, payload: { version: entry.version + 1 } })).statusCode).toBe(204);
    const after = await economyOf(cooperationId);
    expect(after.outcomes).toEqual([]);
    expect(after.years).toEqual([]);
    expect((await t.as(economist, { method: 'POST', url: `${url}/remove`, payload: { version: entry.version + 2 } })).statusCode).toBe(404);

    const history = await t.as(sessions.get('admin')!, { method: 'GET', url: `/api/audit-log?entityType=cooperation&entityId=${cooperationId}` });
    const text = JSON.stringify(history.json());
    for (const action of ['economy.outcome.recorded', 'economy.outcome.corrected', 'economy.outcome.removed']) expect(text).toContain(action);
  });

  it('IOP-9: an outcome is recorded only for a party of the cooperation or its agreements', async () => {
    const { cooperationId } = await insertEconomyCooperation(t);
    const { association: stranger } = await insertEconomyCooperation(t);
    const refused = await record(cooperationId, outcome(stranger.id));
    expect(refused.statusCode).toBe(400);
    expect(paths(refused)).toEqual(['organisationId']);
    expect(refused.json().errors[0].requirement).toBe('IOP-9');
  });

  it('IOP-9: a reconciliation is recorded against a meeting of the governing steering group, keeping the figures reconciled', async () => {
    const { cooperationId, city } = await insertEconomyCooperation(t);
    await insertBudget(t, cooperationId, [{ year: 2026, organisationId: city.id, moneySek: 400_000, inKindSek: 0 }]);
    await record(cooperationId, outcome(city.id, { amountSek: 150_000 }));
    const meetingId = await insertSteeringMeeting(t, cooperationId, '2026-09-10');
    const otherMeeting = await insertSteeringMeeting(t, null, '2026-09-11');
    expect((await economyOf(cooperationId)).meetings.map((m) => m.id)).toEqual([meetingId]);

    const url = `/api/cooperations/${cooperationId}/economy/reconciliations`;
    const wrong = await t.as(economist, { method: 'POST', url, payload: { meetingId: otherMeeting, year: 2026 } });
    expect(wrong.statusCode).toBe(400);
    expect(paths(wrong)).toEqual(['meetingId']);

    const done = await t.as(economist, { method: 'POST', url, payload: { meetingId, year: 2026, note: 'Utfallet följer budget' } });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toMatchObject({ year: 2026, meeting: { id: meetingId, meetingDate: '2026-09-10' }, note: 'Utfallet följer budget' });
    expect(done.json().figures.totals).toMatchObject({ budgetSek: 400_000, outcomeSek: 150_000, differenceSek: -250_000 });

    // Later entries change the live figures, not what was reconciled.
    await record(cooperationId, outcome(city.id, { amountSek: 50_000 }));
    const economy = await economyOf(cooperationId);
    expect(economy.years[0]!.totals.outcomeSek).toBe(200_000);
    expect(economy.reconciliations).toHaveLength(1);
    expect(economy.reconciliations[0]!.figures.totals.outcomeSek).toBe(150_000);
  });

  it('IOP-9: an external audit is recorded with auditor, scope, date and findings, and its report is filed and downloaded', async () => {
    const { cooperationId } = await insertEconomyCooperation(t);
    const created = await t.as(officer, {
      method: 'POST',
      url: `/api/cooperations/${cooperationId}/economy/audits`,
      payload: { auditor: 'Revisionsbyrån AB', scope: 'Bokföring 2026', auditedOn: '2027-02-15', findings: 'Inga anmärkningar' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const audit = created.json();
    expect(audit).toMatchObject({ auditor: 'Revisionsbyrån AB', scope: 'Bokföring 2026', auditedOn: '2027-02-15', findings: 'Inga anmärkningar', reportFile: null });
    const reportUrl = `/api/cooperations/${cooperationId}/economy/audits/${audit.id}/report`;
    expect((await t.as(reader, { method: 'GET', url: reportUrl })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'POST', url: reportUrl, ...multipartFile('program.exe', windowsExecutableBytes()) })).statusCode).toBe(415);
    const filed = await t.as(officer, { method: 'POST', url: reportUrl, ...multipartFile('Revisionsrapport 2026.pdf', pdfBytes, 'application/pdf') });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().reportFile).toMatchObject({ originalName: 'Revisionsrapport 2026.pdf', mediaType: 'application/pdf' });
    const download = await t.as(reader, { method: 'GET', url: reportUrl });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
    expect((await economyOf(cooperationId)).audits[0]!.reportFile?.originalName).toBe('Revisionsrapport 2026.pdf');
  });

  it('bad input is a 400 naming the field, never a 500', async () => {
    const { cooperationId, city } = await insertEconomyCooperation(t);
    const cases: [Record<string, unknown>, string][] = [
      [outcome(city.id, { amountSek: -1 }), 'amountSek'],
      [outcome(city.id, { amountSek: 10.5 }), 'amountSek'],
      [outcome(city.id, { amountSek: 2_147_483_648 }), 'amountSek'],
      [outcome(city.id, { year: 3000 }), 'year'],
      [outcome(city.id, { occurredOn: '2026-02-30' }), 'occurredOn'],
      [outcome(city.id, { kind: 'cash' }), 'kind'],
      [outcome('not-a-uuid'), 'organisationId'],
      [outcome(city.id, { extra: 1 }), ''],
    ];
    for (const [payload, path] of cases) {
      const response = await record(cooperationId, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      if (path) expect(paths(response)).toContain(path);
    }
    const audit = await t.as(officer, { method: 'POST', url: `/api/cooperations/${cooperationId}/economy/audits`, payload: { auditor: ' ', scope: 'x', auditedOn: 'igår' } });
    expect(audit.statusCode).toBe(400);
    expect(paths(audit)).toEqual(['auditedOn', 'auditor']);
    const reconciliation = await t.as(officer, { method: 'POST', url: `/api/cooperations/${cooperationId}/economy/reconciliations`, payload: { meetingId: NIL, year: 1800 } });
    expect(reconciliation.statusCode).toBe(400);
  });
});
