import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOPERATION_FORMS } from '../../../shared/cooperations/forms';
import type { FormAdviceView } from '../../../shared/cooperations/form-guidance.schemas';
import { isoDateIn } from '../../../shared/time/dates';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const guide = (session: Session, payload: object) => t.as(session, { method: 'POST', url: '/api/form-guidance', payload });
const formOf = (body: { forms: FormAdviceView[] }, form: string) => body.forms.find((f) => f.form === form);

describe('POST /api/form-guidance (FRM-1–8)', () => {
  it('staff roles may use it; steering-group members and partners may not; the public must log in', async () => {
    for (const role of ['officer', 'manager', 'review_group', 'economist', 'admin'] as const) {
      expect((await guide(await t.loginAs(role), {})).statusCode, role).toBe(200);
    }
    for (const role of ['steering_member', 'partner'] as const) {
      expect((await guide(await t.loginAs(role), {})).statusCode, role).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/form-guidance', payload: {} })).statusCode).toBe(401);
  });

  it('answers for every form on today by default, with the seeded thresholds', async () => {
    const before = isoDateIn(new Date(), 'Europe/Stockholm');
    const response = await guide(officer, { welfareService: true, estimatedValueSek: 2_500_000 });
    const after = isoDateIn(new Date(), 'Europe/Stockholm');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // The request's today, in the instance's time zone (two candidates only around midnight).
    expect([before, after]).toContain(body.date);
    expect(body.forms.map((f: FormAdviceView) => f.form)).toEqual([...COOPERATION_FORMS]);
    expect(formOf(body, 'welfare_procurement')?.obligations.map((o) => o.code)).toContain('frm7.advertise');
    expect(formOf(body, 'direct_award')?.verdict).toBe('not_allowed');
  });

  it('INI-4: an association grant is referred to other committees', async () => {
    const body = (await guide(officer, { associationGrantRequested: true })).json();
    expect(body.referral).toEqual({ committees: ['district', 'social', 'culture', 'sports'], requirement: 'INI-4' });
  });

  it('FRM-7: before the first dated values the thresholds are missing and the answer says so', async () => {
    const body = (await guide(officer, { welfareService: true, estimatedValueSek: 100_000, date: '2018-06-01' })).json();
    const welfare = formOf(body, 'welfare_procurement');
    expect(welfare?.verdict).toBe('needs_assessment');
    expect(welfare?.reasons.map((r) => r.text).join(' ')).toContain('saknas för 2018-06-01');
  });

  it('FRM-7: a new dated threshold added by an administrator changes the answer from its date, without a code change', async () => {
    const facts = { welfareService: true, estimatedValueSek: 1_950_000, vidaOccasions: 10 };
    const advertise = async (date: string) => {
      const body = (await guide(officer, { ...facts, date })).json();
      return {
        advertise: formOf(body, 'welfare_procurement')?.obligations.some((o) => o.code === 'frm7.advertise'),
        rate: formOf(body, 'vida')?.obligations.find((o) => o.code === 'frm5.rate')?.text,
      };
    };
    expect(await advertise('2030-06-01')).toEqual({ advertise: true, rate: 'Ersättningen till föreningen är 1 500 kr per deltagare' });

    const limit = await t.as(admin, {
      method: 'POST',
      url: '/api/thresholds',
      payload: { code: 'welfare_advertising_limit', validFrom: '2030-01-01', amountSek: 2_000_000, source: 'Ändrad gräns 2030' },
    });
    expect(limit.statusCode).toBe(201);
    const rate = await t.as(admin, {
      method: 'POST',
      url: '/api/thresholds',
      payload: { code: 'vida_rate_per_participant', validFrom: '2030-01-01', amountSek: 1_750, source: 'Verksamhetsplan 2030' },
    });
    expect(rate.statusCode).toBe(201);

    expect(await advertise('2030-06-01')).toEqual({ advertise: false, rate: 'Ersättningen till föreningen är 1 750 kr per deltagare' });
    expect(await advertise('2029-12-31')).toEqual({ advertise: true, rate: 'Ersättningen till föreningen är 1 500 kr per deltagare' });
  });

  it('bad input → 400 with field paths, never 500', async () => {
    const cases: [object, string][] = [
      [{ compensationSek: -1 }, 'compensationSek'],
      [{ vidaOccasions: 'ten' }, 'vidaOccasions'],
      [{ initiatedBy: 'mayor' }, 'initiatedBy'],
      [{ date: '2026-02-30' }, 'date'],
      [{ intendedDurationMonths: 2.5 }, 'intendedDurationMonths'],
      [{ somethingElse: true }, 'somethingElse'],
    ];
    for (const [payload, path] of cases) {
      const response = await guide(officer, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const notJson = await t.as(officer, { method: 'POST', url: '/api/form-guidance', payload: '{', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
  });
});
