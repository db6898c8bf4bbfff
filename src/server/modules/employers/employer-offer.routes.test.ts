import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { OfferView } from '../../../shared/employers/employer-offers.schemas';
import { systemContext } from '../../http/request-context';
import { closeOpenOffers } from './employer-offer.service';
import { insertCooperationOf, makeEmployer } from './employer-offer-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let reviewGroup: Session;
let steeringMember: Session;
let partnershipId: string;

beforeAll(async () => {
  t = await createTestApp();
  [officer, reviewGroup, steeringMember] = await Promise.all([t.loginAs('officer'), t.loginAs('review_group'), t.loginAs('steering_member')]);
  const employer = await makeEmployer(t.database.db, 'Bygg & Service i Stockholm AB');
  partnershipId = await insertCooperationOf(t.database.db, 'job_partnership', [employer.id]);
}, 60_000);
afterAll(() => t.close());

const offer = (overrides: Record<string, unknown> = {}) => ({
  kind: 'internship',
  title: 'Praktik inom lager och logistik',
  places: 6,
  startDate: '2026-02-01',
  endDate: '2026-11-30',
  unitCodes: ['jobbtorg'],
  ...overrides,
});

async function addOffer(cooperationId = partnershipId, overrides: Record<string, unknown> = {}): Promise<OfferView> {
  const response = await t.as(officer, { method: 'POST', url: `/api/cooperations/${cooperationId}/offers`, payload: offer(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as OfferView;
}

const counts = (total: number, byGender: Record<string, number> = {}, byTargetGroup: Record<string, number> = {}) => ({ total, byGender, byTargetGroup });

describe('offers of a job partnership (EMP-4)', () => {
  it('EMP-4: records an offer with its places, period and receiving units, and lists it', async () => {
    const created = await addOffer();
    expect(created).toMatchObject({ kind: 'internship', places: 6, status: 'open', units: [{ code: 'jobbtorg', name: 'Jobbtorg Stockholm' }], placesFilled: 0 });
    const list = await t.as(reviewGroup, { method: 'GET', url: `/api/cooperations/${partnershipId}/offers` });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ mayWrite: false });
    expect((list.json() as { items: OfferView[] }).items.map((o) => o.id)).toContain(created.id);
  });

  it('EMP-2: only a job partnership takes offers (409), and an unknown unit is refused (400)', async () => {
    const iop = await insertCooperationOf(t.database.db, 'iop', []);
    const refused = await t.as(officer, { method: 'POST', url: `/api/cooperations/${iop}/offers`, payload: offer() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('offer_not_job_partnership');
    const unknownUnit = await t.as(officer, { method: 'POST', url: `/api/cooperations/${partnershipId}/offers`, payload: offer({ unitCodes: ['no_such_unit'] }) });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().errors[0]).toMatchObject({ path: 'unitCodes' });
  });

  it('refuses bad input with 400, never 500', async () => {
    for (const payload of [offer({ places: 0 }), offer({ endDate: '2026-01-01' }), offer({ kind: 'job_track' }), offer({ kind: 'pony' }), { title: '' }]) {
      const response = await t.as(officer, { method: 'POST', url: `/api/cooperations/${partnershipId}/offers`, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('EMP-4: records outcomes by gender and target group; a later recording of the period supersedes it', async () => {
    const created = await addOffer();
    const put = (payload: Record<string, unknown>) => t.as(officer, { method: 'PUT', url: `/api/offers/${created.id}/outcomes`, payload });
    const first = await put({ period: '2026-H1', started: counts(5, { women: 2, men: 3, other: 0 }, { youth_16_29: 2 }), employed: counts(1) });
    expect(first.statusCode, first.body).toBe(200);
    const second = await put({ period: '2026-H1', started: counts(6, { women: 3, men: 3, other: 0 }), employed: counts(2, { women: 1, men: 1, other: 0 }) });
    const view = second.json() as OfferView;
    expect(view.outcomes).toEqual([expect.objectContaining({ period: '2026-H1', started: counts(6, { women: 3, men: 3, other: 0 }), employed: counts(2, { women: 1, men: 1, other: 0 }) })]);
    expect(view.placesFilled).toBe(6);
    const kept = await t.database.db.selectFrom('employer_offer_outcome').select('superseded_at').where('offer_id', '=', created.id).execute();
    expect(kept).toHaveLength(2);
  });

  it('EMP-4: gender parts that do not add up to the total → 400 with a clear message', async () => {
    const created = await addOffer();
    const response = await t.as(officer, {
      method: 'PUT',
      url: `/api/offers/${created.id}/outcomes`,
      headers: { 'accept-language': 'sv' },
      payload: { period: '2026-H2', started: counts(10, { women: 4, men: 4, other: 1 }), employed: counts(11) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'started.byGender', message: 'Kvinnor, män och annat eller ej angivet ska tillsammans bli totalen' }),
        expect.objectContaining({ path: 'employed.total', message: 'Fler kan inte ha fått arbete än som började' }),
      ]),
    );
    const badPeriod = await t.as(officer, { method: 'PUT', url: `/api/offers/${created.id}/outcomes`, payload: { period: '2026', started: counts(1), employed: counts(0) } });
    expect(badPeriod.statusCode).toBe(400);
    const unknownCategory = await t.as(officer, { method: 'PUT', url: `/api/offers/${created.id}/outcomes`, payload: { period: '2026-H2', started: counts(1, { martians: 1 }), employed: counts(0) } });
    expect(unknownCategory.statusCode).toBe(400);
  });

  it('EMP-4: closes an offer by hand with a reason, once (409 after)', async () => {
    const created = await addOffer();
    const closed = await t.as(officer, { method: 'POST', url: `/api/offers/${created.id}/close`, payload: { version: created.version, reason: 'Platserna är tillsatta' } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedReason: 'Platserna är tillsatta' });
    const again = await t.as(officer, { method: 'POST', url: `/api/offers/${created.id}/close`, payload: { version: closed.json().version, reason: 'Igen' } });
    expect(again.statusCode).toBe(409);
    const noReason = await t.as(officer, { method: 'POST', url: `/api/offers/${created.id}/close`, payload: { version: 1, reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
  });

  it('lets the review group read but not write, and a steering member neither (403)', async () => {
    expect((await t.as(reviewGroup, { method: 'POST', url: `/api/cooperations/${partnershipId}/offers`, payload: offer() })).statusCode).toBe(403);
    expect((await t.as(steeringMember, { method: 'GET', url: `/api/cooperations/${partnershipId}/offers` })).statusCode).toBe(403);
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/00000000-0000-4000-8000-000000000000/offers` })).statusCode).toBe(404);
  });
});

describe('closeOpenOffers (EMP-3)', () => {
  it('EMP-3: closes every open offer of the cooperation with the reason and an audit row each, and no other', async () => {
    const db = t.database.db;
    const employer = await makeEmployer(db);
    const terminated = await insertCooperationOf(db, 'job_partnership', [employer.id]);
    const other = await insertCooperationOf(db, 'job_partnership', [employer.id]);
    const a = await addOffer(terminated);
    const b = await addOffer(terminated, { kind: 'job', title: 'Lagerarbetare' });
    const untouched = await addOffer(other);
    const reason = 'Omedelbar avslutning: brister i arbetsmiljön';
    const closed = await db.transaction().execute((trx) => closeOpenOffers(trx, systemContext('test'), terminated, reason));
    expect(closed.sort()).toEqual([a.id, b.id].sort());
    const rows = await db.selectFrom('employer_offer').select(['id', 'status', 'closed_reason']).where('id', 'in', [a.id, b.id, untouched.id]).execute();
    expect(rows.find((r) => r.id === untouched.id)?.status).toBe('open');
    expect(rows.filter((r) => r.id !== untouched.id).every((r) => r.status === 'closed' && r.closed_reason === reason)).toBe(true);
    const audits = await db.selectFrom('audit_log').select('entity_id').where('action', '=', 'employer-offer.closed').where('entity_id', 'in', [a.id, b.id]).execute();
    expect(audits).toHaveLength(2);
    // Nothing open is left to close a second time.
    expect(await db.transaction().execute((trx) => closeOpenOffers(trx, systemContext('test'), terminated, reason))).toEqual([]);
  });
});
