import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { DEVIATION_SEVERITIES, DEVIATION_STATUSES, type DeviationSeverity, type DeviationStatus } from '../../../shared/deviations/deviation.rules';
import { semesterOf } from '../../../shared/governance/cadence.rules';
import { PARTNER_CONTROL_DOCUMENTS, type PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import type { CommitteeReportView, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { completePartnerControl, signDemocracy } from '../cooperations/cooperation-fixtures.test-helper';
import { insertDeviation } from '../deviations/deviation.repository';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { createBody, todayOf } from '../governance/governance-fixtures.test-helper';
import { insertDecision, insertMeeting } from '../governance/meeting.repository';
import { seedReportCooperation } from './report-fixtures.test-helper';

// The records of a past year (2025) the report is checked against. The API stamps today, so the
// days that matter (signing, uploading, a body's creation) are moved back after each call, and
// meetings, decisions and deviations of last year are written through their repositories.

type Coop = { key: string; form: 'iop' | 'procurement'; activatedOn: string; endedOn?: string; unitCode?: string; parties: string[] };
type Deviation = {
  coop: string | null;
  severity: DeviationSeverity;
  status: DeviationStatus;
  occurredOn: string;
  decidedOn?: string;
  closedOn?: string;
};
type Body = {
  key: string;
  type: string;
  cadence: 'per_semester' | 'none';
  coops: string[];
  createdOn: string;
  closedOn?: string;
  meetings: string[];
  decided: string[];
  proposed?: number;
};
type Assessment = { org: string; eligible: boolean; signedOn: string };
type Upload = { org: string; type: PartnerControlDocument; uploadedOn: string };

const COOPS: Coop[] = [
  { key: 'A', form: 'iop', activatedOn: '2024-05-01', unitCode: 'jobbtorg', parties: ['p1', 'city'] },
  { key: 'B', form: 'iop', activatedOn: '2025-03-01', parties: ['p2'] },
  { key: 'C', form: 'procurement', activatedOn: '2023-01-01', endedOn: '2024-06-01', parties: ['p3'] },
  { key: 'D', form: 'iop', activatedOn: '2026-02-01', parties: ['p3'] },
];
const DEVIATIONS: Deviation[] = [
  { coop: 'A', severity: 'high', status: 'closed', occurredOn: '2025-02-10', decidedOn: '2025-02-20', closedOn: '2025-03-05' },
  { coop: 'A', severity: 'low', status: 'handled', occurredOn: '2025-05-01', decidedOn: '2025-06-01' },
  { coop: 'B', severity: 'medium', status: 'reported', occurredOn: '2025-08-15' },
  { coop: 'B', severity: 'high', status: 'handled', occurredOn: '2025-11-20', decidedOn: '2026-01-10' },
  { coop: null, severity: 'medium', status: 'reported', occurredOn: '2025-04-01' },
  { coop: 'A', severity: 'low', status: 'reported', occurredOn: '2024-12-30' },
  { coop: null, severity: 'low', status: 'closed', occurredOn: '2025-09-01', decidedOn: '2025-09-05', closedOn: '2025-09-30' },
  { coop: 'B', severity: 'medium', status: 'closed', occurredOn: '2025-04-15', decidedOn: '2025-04-20', closedOn: '2025-12-01' },
];
const BODIES: Body[] = [
  { key: 'g1', type: 'steering_group', cadence: 'per_semester', coops: ['A'], createdOn: '2024-01-10', meetings: ['2025-03-10', '2025-09-15', '2026-03-01'], decided: ['2025-03-10'], proposed: 1 },
  { key: 'g2', type: 'steering_group', cadence: 'per_semester', coops: ['B'], createdOn: '2025-02-01', meetings: ['2025-10-01'], decided: ['2025-10-01', '2024-12-01'] },
  { key: 'g3', type: 'operative_steering_group', cadence: 'per_semester', coops: [], createdOn: '2024-02-01', closedOn: '2025-09-20', meetings: ['2025-04-01'], decided: [] },
  { key: 'g4', type: 'working_group', cadence: 'none', coops: ['B'], createdOn: '2024-03-01', meetings: ['2025-05-05', '2025-06-06'], decided: ['2025-05-05'], proposed: 2 },
  { key: 'g5', type: 'steering_group', cadence: 'per_semester', coops: ['C'], createdOn: '2023-01-01', closedOn: '2024-07-01', meetings: ['2024-03-01'], decided: [] },
  { key: 'g6', type: 'steering_group', cadence: 'per_semester', coops: ['D'], createdOn: '2026-03-01', meetings: ['2026-03-15'], decided: [] },
  { key: 'g7', type: 'cluster', cadence: 'per_semester', coops: [], createdOn: '2024-01-01', meetings: [], decided: [] },
];
const ASSESSMENTS: Assessment[] = [
  { org: 'p1', eligible: true, signedOn: '2025-04-01' },
  { org: 'p2', eligible: false, signedOn: '2025-02-01' },
  { org: 'p2', eligible: true, signedOn: '2025-06-01' },
  { org: 'p3', eligible: true, signedOn: '2024-11-01' },
  { org: 'p3', eligible: false, signedOn: '2025-10-10' },
];
const UPLOADS: Upload[] = [
  { org: 'p1', type: 'statutes', uploadedOn: '2025-03-15' },
  { org: 'p1', type: 'audit_report', uploadedOn: '2025-09-01' },
  { org: 'p2', type: 'financial_report', uploadedOn: '2024-12-01' },
  { org: 'p3', type: 'statutes', uploadedOn: '2025-05-05' },
];
/** Organisations whose whole control is noted as not existing, and the day it was noted. */
const ABSENCES: { org: string; notedOn: string }[] = [{ org: 'p1', notedOn: '2025-04-10' }];
/** One absence noted through the API today (outside 2025). */
const TODAY_ABSENCE = { org: 'p2', type: 'member_count' as const };

let t: TestApp;
let officer: Session;
let today: string;
const orgIds = new Map<string, string>();
const coopIds = new Map<string, string>();
const civil = new Set(['p1', 'p2', 'p3']);

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const manager = await t.loginAs('manager');
  today = todayOf(t);
  const db = t.database.db;
  for (const key of ['p1', 'p2', 'p3']) orgIds.set(key, (await makeOrganisation(db, { name: `Kontrollföreningen ${key}` })).id);
  orgIds.set('city', (await makeOrganisation(db, { name: 'Arbetsmarknadsförvaltningen', kind: 'public_body' })).id);
  for (const c of COOPS) {
    const id = await seedReportCooperation(db, {
      form: c.form,
      activatedOn: c.activatedOn,
      endedOn: c.endedOn ?? null,
      unitCode: c.unitCode ?? null,
      partyIds: c.parties.map((p) => orgIds.get(p)!),
    });
    coopIds.set(c.key, id);
  }

  for (const d of DEVIATIONS) {
    const decided = d.decidedOn ? new Date(`${d.decidedOn}T10:00:00+01:00`) : null;
    const closed = d.closedOn ? new Date(`${d.closedOn}T10:00:00+01:00`) : null;
    await insertDeviation(db, {
      description: 'Mötet ställdes in utan kallelse',
      place_kind: d.coop ? 'cooperation' : 'routine',
      cooperation_id: d.coop ? coopIds.get(d.coop)! : null,
      routine: d.coop ? null : 'Rutin för kallelser',
      severity: d.severity,
      occurred_on: d.occurredOn,
      status: d.status,
      route_reason: 'unrouted',
      decision: d.status === 'reported' ? null : 'Kallelserna ses över',
      decided_at: decided,
      conclusion: d.status === 'closed' ? 'Rutinen är ändrad' : null,
      closed_at: closed,
      reported_on: d.occurredOn,
    });
  }

  for (const b of BODIES) {
    const created = await createBody(t, officer, { type: b.type, cadence: b.cadence, cooperationIds: b.coops.map((c) => coopIds.get(c)!) });
    if (b.closedOn) {
      const closed = await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${created.id}`, payload: { version: created.version, status: 'closed' } });
      expect(closed.statusCode, closed.body).toBe(200);
    }
    await db
      .updateTable('governance_body')
      .set({ created_at: new Date(`${b.createdOn}T09:00:00Z`), updated_at: new Date(`${b.closedOn ?? b.createdOn}T09:00:00Z`) })
      .where('id', '=', created.id)
      .execute();
    for (const date of b.meetings) await insertMeeting(db, { body_id: created.id, meeting_date: date });
    for (const date of b.decided) await insertDecision(db, { body_id: created.id, text: 'Gemensamt beslut', status: 'decided', decided_at: new Date(`${date}T12:00:00Z`) });
    for (let i = 0; i < (b.proposed ?? 0); i += 1) await insertDecision(db, { body_id: created.id, text: 'Förslag', status: 'proposed' });
  }

  for (const a of ASSESSMENTS) {
    const org = orgIds.get(a.org)!;
    const previous = ASSESSMENTS.slice(0, ASSESSMENTS.indexOf(a)).filter((x) => x.org === a.org).at(-1);
    if (a.eligible && previous && !previous.eligible) {
      const remediation = await t.as(officer, {
        method: 'POST',
        url: `/api/organisations/${org}/remediation-measures`,
        payload: { description: 'Styrelsen har tagit avstånd', completedOn: today, evidence: [{ kind: 'url', url: 'https://example.org/protokoll' }] },
      });
      expect(remediation.statusCode, remediation.body).toBe(201);
    }
    await signDemocracy(t, manager, org, a.eligible);
    await db
      .updateTable('democracy_assessment')
      .set({ signed_at: new Date(`${a.signedOn}T12:00:00Z`) })
      .where('organisation_id', '=', org)
      // The one just signed: the earlier ones have already been moved back into 2024 or 2025.
      .where('signed_at', '>', new Date('2025-12-31T23:59:59Z'))
      .execute();
  }

  for (const u of UPLOADS) {
    const { payload, headers } = multipartFile(`${u.type}.pdf`, pdfBytes);
    const response = await t.as(officer, { method: 'POST', url: `/api/organisations/${orgIds.get(u.org)}/documents?documentType=${u.type}&year=2024`, payload, headers });
    expect(response.statusCode, response.body).toBe(201);
    await db.updateTable('organisation_document').set({ uploaded_at: new Date(`${u.uploadedOn}T12:00:00Z`) }).where('id', '=', response.json().id).execute();
  }
  for (const a of ABSENCES) {
    await completePartnerControl(t, officer, orgIds.get(a.org)!);
    await db.updateTable('organisation_document_absence').set({ recorded_at: new Date(`${a.notedOn}T12:00:00Z`) }).where('organisation_id', '=', orgIds.get(a.org)!).execute();
  }
  const absent = await t.as(officer, {
    method: 'PUT',
    url: `/api/organisations/${orgIds.get(TODAY_ABSENCE.org)}/partner-control/${TODAY_ABSENCE.type}`,
    payload: { reason: 'Föreningen har inga medlemmar' },
  });
  expect(absent.statusCode, absent.body).toBe(200);
});
afterAll(() => t.close());

// ---- What the report should say, computed from the records above ----

type Period = { from: string; to: string };
type Scope = { unitCode?: string };
const coopInScope = (key: string | null, scope: Scope) => (scope.unitCode ? key !== null && COOPS.find((c) => c.key === key)?.unitCode === scope.unitCode : true);
const between = (day: string | undefined, p: Period) => day !== undefined && day >= p.from && day <= p.to;

function expectedDeviations(p: Period, scope: Scope) {
  const occurred = DEVIATIONS.filter((d) => between(d.occurredOn, p) && coopInScope(d.coop, scope));
  const count = (severity: DeviationSeverity, pick: (d: Deviation) => boolean) => occurred.filter((d) => d.severity === severity && pick(d)).length;
  const rows = DEVIATION_SEVERITIES.map((s) => DEVIATION_STATUSES.map((status) => count(s, (d) => d.status === status)));
  const handling = DEVIATION_SEVERITIES.map((s) => [count(s, () => true), count(s, (d) => between(d.decidedOn, p)), count(s, (d) => between(d.closedOn, p))]);
  return { rows, handling };
}

function semesters(p: Period): Period[] {
  const year = p.from.slice(0, 4);
  return [
    { from: `${year}-01-01`, to: `${year}-06-30` },
    { from: `${year}-07-01`, to: `${year}-12-31` },
  ].filter((s) => s.from <= p.to && s.to >= p.from && s.from <= today);
}

function expectedBodies(p: Period, scope: Scope) {
  const heldTo = p.to < today ? p.to : today;
  return BODIES.filter(
    (b) =>
      b.createdOn <= p.to &&
      (!b.closedOn || b.closedOn >= p.from || b.meetings.some((m) => between(m, { from: p.from, to: heldTo }))) &&
      (!scope.unitCode || b.coops.some((c) => coopInScope(c, scope))),
  ).map((b) => ({
    ...b,
    held: b.meetings.filter((m) => between(m, { from: p.from, to: heldTo })).length,
    decidedIn: b.decided.filter((d) => between(d, p)).length,
    missed:
      b.cadence === 'per_semester'
        ? semesters(p).filter((s) => b.createdOn <= s.to && (!b.closedOn || b.closedOn > s.to) && !b.meetings.some((m) => between(m, s))).length
        : 0,
  }));
}

function expectedControls(p: Period, scope: Scope) {
  const orgInScope = (org: string) => !scope.unitCode || COOPS.some((c) => coopInScope(c.key, scope) && c.parties.includes(org));
  const signed = ASSESSMENTS.filter((a) => between(a.signedOn, p) && orgInScope(a.org));
  const previousOf = (a: Assessment) => ASSESSMENTS.filter((x) => x.org === a.org && x.signedOn < a.signedOn).at(-1);
  const remediated = signed.filter((a) => a.eligible && previousOf(a)?.eligible === false).length;
  const notEligible = signed.filter((a) => !a.eligible).length;
  const democracy = [signed.length - remediated - notEligible, remediated, notEligible, signed.length];
  const documents = PARTNER_CONTROL_DOCUMENTS.map((type) => [
    UPLOADS.filter((u) => u.type === type && between(u.uploadedOn, p) && orgInScope(u.org)).length,
    ABSENCES.filter((a) => between(a.notedOn, p) && orgInScope(a.org)).length,
  ]);
  const parties = new Set(
    COOPS.filter((c) => c.form === 'iop' && c.activatedOn <= p.to && (!c.endedOn || c.endedOn >= p.from) && coopInScope(c.key, scope)).flatMap((c) =>
      c.parties.filter((o) => civil.has(o)),
    ),
  );
  // Complete today: every document received, or (for p1) all noted as not existing.
  const complete = [...parties].filter((o) => ABSENCES.some((a) => a.org === o) || PARTNER_CONTROL_DOCUMENTS.every((type) => UPLOADS.some((u) => u.org === o && u.type === type))).length;
  return { democracy, documents, parties: parties.size, complete };
}

// ---- The report ----

const report = async (query: string): Promise<CommitteeReportView> => {
  const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CommitteeReportView;
};
const tableOf = (view: CommitteeReportView, section: string, table: string): ReportTable => {
  const found = view.sections.find((s) => s.key === section)?.tables.find((x) => x.key === table);
  if (!found) throw new Error(`no table ${section}/${table}`);
  return found;
};
const numbers = (table: ReportTable) => table.rows.filter((r) => !r.total).map((r) => r.cells.slice(1));
const totals = (table: ReportTable) => table.rows.find((r) => r.total)?.cells.slice(1);
const columnSums = (rows: number[][]) => rows[0]!.map((_, i) => rows.reduce((sum, r) => sum + r[i]!, 0));

const CASES: [string, string, Period, Scope][] = [
  ['the whole year', 'year=2025', { from: '2025-01-01', to: '2025-12-31' }, {}],
  ['a narrower period', 'year=2025&from=2025-03-01&to=2025-05-31', { from: '2025-03-01', to: '2025-05-31' }, {}],
  ['a unit filter', 'year=2025&unitCode=jobbtorg', { from: '2025-01-01', to: '2025-12-31' }, { unitCode: 'jobbtorg' }],
];

describe('the governance and control sections of the committee report', () => {
  it.each(CASES)('AGR-4, OVR-2: deviations by severity and status, decided and closed, for %s', async (_, query, period, scope) => {
    const view = await report(query);
    const expected = expectedDeviations(period, scope);
    const counts = tableOf(view, 'deviations', 'by-severity-status');
    expect(counts.public).toBe(true);
    expect(counts.chart?.kind).toBe('stacked-bar');
    expect(counts.rows.map((r) => r.cells[0])).toEqual(['Låg', 'Medel', 'Hög', 'Totalt']);
    expect(counts.columns.map((c) => c.label)).toEqual(['Allvarlighetsgrad', 'Rapporterad', 'Hanterad', 'Avslutad', 'Totalt']);
    const withRowTotals = expected.rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
    expect(numbers(counts)).toEqual(withRowTotals);
    expect(totals(counts)).toEqual(columnSums(withRowTotals));
    const handling = tableOf(view, 'deviations', 'handling');
    expect(handling.public).toBeFalsy();
    expect(numbers(handling)).toEqual(expected.handling);
    expect(totals(handling)).toEqual(columnSums(expected.handling));
    // Deviations outside a cooperation are said to count only without filters.
    expect(counts.note).toContain(scope.unitCode ? 'räknas bara utan urval' : 'en rutin räknas');
  });

  it.each(CASES)('IOP-6, AGR-3: bodies, meetings held, joint decisions and missed semesters by type, for %s', async (_, query, period, scope) => {
    const view = await report(query);
    const bodies = expectedBodies(period, scope);
    const byType = tableOf(view, 'governance', 'bodies-by-type');
    expect(byType.public).toBe(true);
    const typeNames: Record<string, string> = { steering_group: 'Styrgrupp', operative_steering_group: 'Operativ styrgrupp', working_group: 'Arbetsgrupp', cluster: 'Samverkanskluster' };
    const types = Object.keys(typeNames).filter((type) => bodies.some((b) => b.type === type));
    const expectedRows = types.map((type) => {
      const of = bodies.filter((b) => b.type === type);
      return [of.length, of.reduce((s, b) => s + b.held, 0), of.reduce((s, b) => s + b.decidedIn, 0), of.filter((b) => b.missed > 0).length];
    });
    expect(byType.rows.filter((r) => !r.total).map((r) => r.cells[0])).toEqual(types.map((type) => typeNames[type]));
    expect(numbers(byType)).toEqual(expectedRows);
    expect(totals(byType)).toEqual(columnSums(expectedRows));

    const groups = tableOf(view, 'governance', 'steering-groups');
    expect(groups.public).toBeFalsy();
    const steering = bodies.filter((b) => b.type.endsWith('steering_group'));
    expect(groups.rows.length).toBe(steering.length);
    const byMeetings = groups.rows.map((r) => r.cells.slice(2)).sort();
    expect(byMeetings).toEqual(steering.map((b) => [b.held, b.decidedIn, b.missed]).sort());
  });

  it('IOP-6: a steering group that did not meet in the spring missed it; a closed one is judged only while surely open', async () => {
    const groups = tableOf(await report('year=2025'), 'governance', 'steering-groups');
    const missed = groups.rows.map((r) => r.cells[4]);
    // g2 (created in February, met only in October) missed the spring; g1 met both; g3 closed in September, met in April.
    expect(missed.sort()).toEqual([0, 0, 1]);
  });

  it.each(CASES)('DEM-1–4, ORG-4: democracy assessments by outcome and partner controls, for %s', async (_, query, period, scope) => {
    const view = await report(query);
    const expected = expectedControls(period, scope);
    const democracy = tableOf(view, 'controls', 'democracy');
    expect(democracy.public).toBe(true);
    expect(democracy.rows.map((r) => r.cells[1])).toEqual(expected.democracy);
    const documents = tableOf(view, 'controls', 'partner-control-documents');
    expect(documents.public).toBe(true);
    expect(numbers(documents)).toEqual(expected.documents);
    expect(totals(documents)).toEqual(columnSums(expected.documents));
    const state = tableOf(view, 'controls', 'partner-control-state');
    expect(state.public).toBe(true);
    expect(state.rows[0]!.cells.slice(1)).toEqual([expected.complete, expected.parties - expected.complete, expected.parties]);
  });

  it('IOP-6, OVR-2: this year, the cooperations whose steering group has not met this semester link to the list, whose total equals the figure', async () => {
    const year = today.slice(0, 4);
    const { start } = semesterOf(today);
    const running = COOPS.filter((c) => c.activatedOn <= `${year}-12-31` && (!c.endedOn || c.endedOn >= `${year}-01-01`));
    const flagged = (c: Coop) =>
      BODIES.some(
        (b) => b.coops.includes(c.key) && b.type.endsWith('steering_group') && b.cadence === 'per_semester' && !b.closedOn && !b.meetings.some((m) => m >= start && m <= today),
      );
    const expected = running.filter(flagged).length;
    expect(expected).toBeGreaterThan(0);
    for (const [query, count] of [
      [`year=${year}`, expected],
      [`year=${year}&unitCode=jobbtorg`, running.filter((c) => c.unitCode === 'jobbtorg' && flagged(c)).length],
    ] as const) {
      const table = tableOf(await report(query), 'governance', 'steering-flag-today');
      const row = table.rows[0]!;
      expect(row.cells[1], query).toBe(count);
      const link = row.links?.[1];
      expect(link?.query.steeringGroupFlag).toBe('true');
      const list = await t.as(officer, { method: 'GET', url: `/api/cooperations?${new URLSearchParams(link!.query)}` });
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().total, query).toBe(count);
    }
    // A past year does not hold today, so the flag (which judges today's semester) is left out.
    expect((await report('year=2025')).sections.find((x) => x.key === 'governance')!.tables.map((x) => x.key)).not.toContain('steering-flag-today');
  });

  it('ORG-4: a complete partner control is what the organisation’s checklist calls complete', async () => {
    const parties = ['p1', 'p2'];
    let complete = 0;
    for (const org of parties) {
      const overview = await t.as(officer, { method: 'GET', url: `/api/organisations/${orgIds.get(org)}/documents` });
      expect(overview.statusCode, overview.body).toBe(200);
      if (overview.json().checklistComplete === true) complete += 1;
    }
    const state = tableOf(await report('year=2025'), 'controls', 'partner-control-state');
    expect(state.rows[0]!.cells.slice(1)).toEqual([complete, parties.length - complete, parties.length]);
    expect(complete).toBe(1);
  });

  it('DEM-4: an eligible assessment after a failed one counts as met after remediation', async () => {
    const democracy = tableOf(await report('year=2025'), 'controls', 'democracy');
    expect(democracy.rows.map((r) => r.cells)).toEqual([
      ['Uppfyllda', 1],
      ['Uppfyllda efter åtgärd', 1],
      ['Ej uppfyllda', 2],
      ['Totalt', 4],
    ]);
  });

  it('OVR-2: public tables hold counts only, and no figure links to a list it does not equal', async () => {
    const view = await report('year=2025');
    for (const key of ['deviations', 'governance', 'controls']) {
      const section = view.sections.find((s) => s.key === key)!;
      expect(section.title).toBeTruthy();
      for (const table of section.tables) {
        // In a past year none of these figures counts cooperations, so none links to the cooperation list.
        expect(table.rows.every((r) => !r.links || r.links.every((l) => l === null)), `${key}/${table.key}`).toBe(true);
        if (table.public) expect(table.columns.slice(1).every((c) => c.kind === 'count'), `${key}/${table.key}`).toBe(true);
      }
    }
    const en = await t.as(officer, { method: 'GET', url: '/api/reports/committee?year=2025', headers: { 'accept-language': 'en' } });
    const deviations = tableOf(en.json() as CommitteeReportView, 'deviations', 'by-severity-status');
    expect(deviations.rows.map((r) => r.cells[0])).toEqual(['Low', 'Medium', 'High', 'Total']);
  });
});
