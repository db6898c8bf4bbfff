import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { MeasurementCategoryView, MeasurementGridView } from '../../../shared/followup/measurement.schemas';
import { insertPlan } from './measurement-fixtures.test-helper';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const list = (session: Session = admin) => t.as(session, { method: 'GET', url: '/api/measurement-categories' });
const create = (payload: Record<string, unknown>, session: Session = admin) => t.as(session, { method: 'POST', url: '/api/measurement-categories', payload });
const update = (key: string, payload: Record<string, unknown>, session: Session = admin) =>
  t.as(session, { method: 'PATCH', url: `/api/measurement-categories/${key}`, payload });
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();

describe('breakdown categories as reference data (AGR-6)', () => {
  it('AGR-6: the seeded categories are gender, the four target groups and the clusters’ two focus groups', async () => {
    const response = await list(await t.loginAs('economist'));
    expect(response.statusCode).toBe(200);
    expect((response.json() as MeasurementCategoryView[]).map((c) => `${c.dimension}.${c.code}`)).toEqual([
      'gender.women',
      'gender.men',
      'gender.other',
      'target_group.newly_arrived_establishment',
      'target_group.newly_arrived_other',
      'target_group.youth_16_29',
      'target_group.disability',
      'focus_group.long_term_unemployed',
      'focus_group.no_upper_secondary',
    ]);
  });

  it('AGR-6: an admin adds, renames and retires a category; retired categories leave new grids but keep their stored values', async () => {
    const created = await create({ dimension: 'target_group', code: 'income_support', nameSv: 'Personer med försörjningsstöd', nameEn: 'People on income support', position: 5 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ active: true, version: 1 });
    expect((await create({ dimension: 'target_group', code: 'income_support', nameSv: 'x', nameEn: 'x', position: 1 })).statusCode).toBe(409);
    const renamed = await update('target_group/income_support', { version: 1, nameSv: 'Hushåll med försörjningsstöd' });
    expect(renamed.json()).toMatchObject({ nameSv: 'Hushåll med försörjningsstöd', version: 2 });
    expect((await update('target_group/income_support', { version: 1, active: false })).statusCode).toBe(409);
    const p = await insertPlan(t);
    const officer = await t.loginAs('officer');
    const measured = await insertPlan(t);
    const codes = async (cooperationId: string) =>
      ((await t.as(officer, { method: 'GET', url: `/api/cooperations/${cooperationId}/measurements?year=2026` })).json() as MeasurementGridView).categories.map((c) => c.code);
    expect(await codes(p.cooperationId)).toContain('income_support');
    const id = measured.indicators.Deltagare!;
    const cells = [
      { indicatorId: id, dimension: null, category: null, value: 10, unknown: false },
      { indicatorId: id, dimension: 'target_group', category: 'income_support', value: 4, unknown: false },
    ];
    const saved = await t.as(officer, { method: 'PUT', url: `/api/cooperations/${measured.cooperationId}/measurements`, payload: { period: '2026-H1', clusterId: null, version: 0, cells } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await update('target_group/income_support', { version: 2, active: false })).statusCode).toBe(200);
    expect(await codes(p.cooperationId)).not.toContain('income_support');
    expect(await codes(measured.cooperationId)).toContain('income_support');
    const again = await t.as(officer, { method: 'PUT', url: `/api/cooperations/${measured.cooperationId}/measurements`, payload: { period: '2026-H1', clusterId: null, version: 1, cells } });
    expect(again.statusCode, again.body).toBe(200);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'measurement_category').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['measurement-category.created', 'measurement-category.updated', 'measurement-category.updated']);
  });

  it('only admins change categories; bad input is 400 and an unknown category 404', async () => {
    for (const role of ['officer', 'manager'] as const) {
      const session = await t.loginAs(role);
      expect((await create({ dimension: 'gender', code: 'x', nameSv: 'x', nameEn: 'x', position: 1 }, session)).statusCode).toBe(403);
      expect((await update('gender/women', { version: 1, nameSv: 'x' }, session)).statusCode).toBe(403);
    }
    // Partners read the categories their reports are broken down by (issue 11 point 4), but never change them.
    expect((await list(await t.loginAs('partner'))).statusCode).toBe(200);
    const bad = await create({ dimension: 'age', code: 'Ålder', nameSv: '', position: -1, extra: 1 });
    expect(paths(bad)).toEqual(['code', 'dimension', 'extra', 'nameEn', 'nameSv', 'position']);
    expect((await update('age/x', { version: 1 })).statusCode).toBe(400);
    expect((await update('gender/nobody', { version: 1, nameSv: 'x' })).statusCode).toBe(404);
  });
});
