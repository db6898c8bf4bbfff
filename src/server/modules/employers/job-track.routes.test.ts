import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { JobTrackList, JobTrackView } from '../../../shared/employers/employer-offers.schemas';
import { todayOf } from '../governance/governance-fixtures.test-helper';
import { insertAfAgreement, insertCooperationOf, makeEmployer, passEmployerControls } from './employer-offer-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let economist: Session;
let partner: Session;
let af: Awaited<ReturnType<typeof insertAfAgreement>>;
let checked: { id: string; name: string };
let unchecked: { id: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  [officer, economist, partner] = await Promise.all([t.loginAs('officer'), t.loginAs('economist'), t.loginAs('partner')]);
  af = await insertAfAgreement(t);
  checked = await makeEmployer(t.database.db, 'Vårdbolaget Omsorg AB');
  unchecked = await makeEmployer(t.database.db, 'Okontrollerade Städ AB');
  await passEmployerControls(t.database.db, checked.id, todayOf(t));
}, 60_000);
afterAll(() => t.close());

const track = (overrides: Record<string, unknown> = {}) => ({
  title: 'Jobbspår undersköterska',
  occupation: 'Undersköterska',
  places: 12,
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  unitCode: 'jobbtorg',
  employerIds: [checked.id],
  ...overrides,
});

async function createTrack(overrides: Record<string, unknown> = {}): Promise<JobTrackView> {
  const response = await t.as(officer, { method: 'POST', url: '/api/job-tracks', payload: track(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as JobTrackView;
}

describe('job tracks (EMP-4)', () => {
  it('EMP-4: a track run with Arbetsförmedlingen is listed under that agreement and its working group', async () => {
    const created = await createTrack({ agreementCooperationId: af.cooperationId, workingGroupId: af.workingGroupId });
    expect(created).toMatchObject({ withAf: true, status: 'planned', agreement: { id: af.cooperationId }, workingGroup: { id: af.workingGroupId } });
    const alone = await createTrack({ title: 'Jobbspår lokalvård' });
    const byAgreement = (await t.as(economist, { method: 'GET', url: `/api/job-tracks?agreementId=${af.cooperationId}` })).json() as JobTrackList;
    expect(byAgreement.items.map((i) => i.id)).toEqual([created.id]);
    const byGroup = (await t.as(economist, { method: 'GET', url: `/api/job-tracks?workingGroupId=${af.workingGroupId}` })).json() as JobTrackList;
    expect(byGroup.items.map((i) => i.id)).toEqual([created.id]);
    const withoutAf = (await t.as(economist, { method: 'GET', url: '/api/job-tracks?withAf=false' })).json() as JobTrackList;
    expect(withoutAf.items.map((i) => i.id)).toContain(alone.id);
    expect(withoutAf.items.map((i) => i.id)).not.toContain(created.id);
    const options = (await t.as(officer, { method: 'GET', url: '/api/job-tracks/options' })).json();
    expect(options.agreements).toEqual([expect.objectContaining({ id: af.cooperationId, workingGroups: [expect.objectContaining({ id: af.workingGroupId })] })]);
  });

  it('EMP-4: refuses an agreement that is not with Arbetsförmedlingen, a working group of another, and a non-employer (400)', async () => {
    const other = await insertCooperationOf(t.database.db, 'public_agreement', [], { title: 'Överenskommelse med regionen' });
    const notAf = await t.as(officer, { method: 'POST', url: '/api/job-tracks', payload: track({ agreementCooperationId: other }) });
    expect(notAf.statusCode).toBe(400);
    expect(notAf.json().errors[0]).toMatchObject({ path: 'agreementCooperationId' });
    const groupAlone = await t.as(officer, { method: 'POST', url: '/api/job-tracks', payload: track({ workingGroupId: af.workingGroupId }) });
    expect(groupAlone.statusCode).toBe(400);
    const notEmployer = await t.as(officer, { method: 'POST', url: '/api/job-tracks', payload: track({ employerIds: [af.afId] }) });
    expect(notEmployer.statusCode).toBe(400);
    for (const payload of [track({ places: -1 }), track({ endDate: '2026-01-01' }), track({ employerIds: [] }), { title: 'x' }]) {
      expect((await t.as(officer, { method: 'POST', url: '/api/job-tracks', payload })).statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('EMP-2: starting a track with an employer whose controls do not pass → 409 naming it and its controls', async () => {
    const created = await createTrack({ employerIds: [checked.id, unchecked.id] });
    const refused = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/start`, headers: { 'accept-language': 'sv' }, payload: { version: created.version } });
    expect(refused.statusCode).toBe(409);
    const body = refused.json();
    expect(body).toMatchObject({ code: 'employer_controls_unmet', requirement: 'EMP-2' });
    expect(body.employers.map((e: { name: string }) => e.name)).toEqual(['Okontrollerade Städ AB']);
    expect(body.employers[0].controls.map((c: { nameSv: string }) => c.nameSv)).toContain('Lön enligt kollektivavtal eller motsvarande');
    expect(body.explanation).toContain('Okontrollerade Städ AB: Lön enligt kollektivavtal eller motsvarande (saknas)');
    const detail = (await t.as(officer, { method: 'GET', url: `/api/job-tracks/${created.id}` })).json() as JobTrackView;
    expect(detail.employerControls.find((e) => e.id === unchecked.id)).toMatchObject({ controlsPass: false });
    expect(detail.employerControls.find((e) => e.id === checked.id)).toMatchObject({ controlsPass: true, unmet: [] });
  });

  it('EMP-2: a track whose employers all pass starts; adding an unchecked employer to it then → 409; ending needs a reason', async () => {
    const created = await createTrack();
    const started = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/start`, payload: { version: created.version } });
    expect(started.statusCode, started.body).toBe(200);
    const running = started.json() as JobTrackView;
    expect(running.status).toBe('running');
    const add = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/employers`, payload: { version: running.version, organisationId: unchecked.id } });
    expect(add.statusCode).toBe(409);
    expect(add.json().employers[0].organisationId).toBe(unchecked.id);
    const other = await makeEmployer(t.database.db);
    await passEmployerControls(t.database.db, other.id, todayOf(t));
    const added = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/employers`, payload: { version: running.version, organisationId: other.id } });
    expect(added.statusCode, added.body).toBe(200);
    const noReason = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/end`, payload: { version: added.json().version, reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const ended = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/end`, payload: { version: added.json().version, reason: 'Utbildningen är genomförd' } });
    expect(ended.json()).toMatchObject({ status: 'ended', endedReason: 'Utbildningen är genomförd' });
    const again = await t.as(officer, { method: 'POST', url: `/api/job-tracks/${created.id}/start`, payload: { version: ended.json().version } });
    expect(again.statusCode).toBe(409);
  });

  it('EMP-4: a job track is an offer of kind job_track of a job partnership', async () => {
    const created = await createTrack();
    const partnership = await insertCooperationOf(t.database.db, 'job_partnership', [checked.id]);
    const response = await t.as(officer, {
      method: 'POST',
      url: `/api/cooperations/${partnership}/offers`,
      payload: { kind: 'job_track', title: 'Jobbspår undersköterska', places: 4, startDate: '2026-03-01', jobTrackId: created.id },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().jobTrack).toMatchObject({ id: created.id });
    const detail = (await t.as(officer, { method: 'GET', url: `/api/job-tracks/${created.id}` })).json() as JobTrackView;
    expect(detail.offers).toEqual([expect.objectContaining({ cooperationId: partnership, status: 'open' })]);
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    const csv = await t.as(economist, { method: 'GET', url: `/api/job-tracks/export?format=csv&lang=sv&agreementId=${af.cooperationId}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Jobbspår undersköterska');
    expect(csv.body).toContain('Vårdbolaget Omsorg AB');
    const xlsx = await t.as(economist, { method: 'GET', url: '/api/job-tracks/export' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('lets staff read and officers write; an economist cannot write and a partner cannot read (403)', async () => {
    expect((await t.as(economist, { method: 'POST', url: '/api/job-tracks', payload: track() })).statusCode).toBe(403);
    expect((await t.as(partner, { method: 'GET', url: '/api/job-tracks' })).statusCode).toBe(403);
    expect((await t.as(officer, { method: 'GET', url: '/api/job-tracks/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/job-tracks?sort=nonsense' })).statusCode).toBe(400);
  });
});
