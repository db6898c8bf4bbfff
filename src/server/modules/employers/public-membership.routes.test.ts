import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const application = {
  organisationName: 'Exempelkök Rinkeby AB',
  orgNumber: '5599520177',
  employerType: 'company',
  contactName: 'Rekryteringsansvarig',
  contactEmail: 'Jobb@Exempelkok.example',
  contactPhone: '',
  motivation: 'Vi kan erbjuda praktik i storkök och anställning efter praktiken.',
  statements: { networkGoals: true, nonDiscrimination: true, genderEquality: true, equality: true, humanRights: true },
};

let ipSequence = 0;
/** Each test submits from its own address, so the rate limit of one test does not touch another. */
const nextIp = () => `198.51.100.${(ipSequence += 1)}`;
const submit = (payload: Record<string, unknown>, remoteAddress = nextIp()) =>
  t.app.inject({ method: 'POST', url: '/api/public/integration-pact/applications', payload, remoteAddress });
const countApplications = async () =>
  Number((await t.database.db.selectFrom('integration_pact_application').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('the public application form of Integrationspakten (EMP-1)', () => {
  it('EMP-1: works without login, answers with a receipt only, and lands unlinked among the applications waiting for a check', async () => {
    const response = await submit(application);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['receivedAt', 'reference']);
    expect(body.reference).toMatch(/^IP \d{4}-\d{4}$/);
    expect(response.body).not.toContain('Exempelkök');
    const list = (await t.as(officer, { method: 'GET', url: '/api/employers/applications?status=submitted' })).json();
    const item = list.items.find((i: { reference: string }) => i.reference === body.reference);
    expect(item).toMatchObject({ source: 'public', organisationId: null, orgNumber: '559952-0177', status: 'submitted' });
    const view = (await t.as(officer, { method: 'GET', url: `/api/employers/applications/${item.id}` })).json();
    expect(view).toMatchObject({ contactEmail: 'jobb@exempelkok.example', contactPhone: null, statements: application.statements });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', item.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'integration_pact_application.received', actor_type: 'anonymous', actor_id: null, ip: null });
    expect(JSON.stringify(audit.changes)).not.toContain('Rekryteringsansvarig');
  });

  it('EMP-1: refuses an application without every statement, and other bad input, with 400 and the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...application, statements: { ...application.statements, genderEquality: false } }, 'statements.genderEquality'],
      [{ ...application, orgNumber: '12345' }, 'orgNumber'],
      [{ ...application, contactName: '' }, 'contactName'],
      [{ ...application, motivation: 'x'.repeat(5_001) }, 'motivation'],
      [{ ...application, organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId'],
    ];
    for (const [payload, path] of cases) {
      const response = await submit(payload);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path), path).toContain(path);
    }
  });

  it('refuses a filled-in honeypot with 400 spam_suspected and stores nothing', async () => {
    const before = await countApplications();
    const response = await submit({ ...application, website: 'https://cheap-pills.example' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('spam_suspected');
    expect(await countApplications()).toBe(before);
    expect((await submit({ ...application, website: '' })).statusCode).toBe(201);
    expect(await countApplications()).toBe(before + 1);
  });

  it('takes 5 submissions per address and hour; the 6th gets 429 with Retry-After, other addresses go on', async () => {
    const ip = nextIp();
    for (let i = 0; i < 5; i += 1) expect((await submit(application, ip)).statusCode).toBe(201);
    const before = await countApplications();
    const sixth = await submit(application, ip);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('rate_limited');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(3500);
    expect(await countApplications()).toBe(before);
    expect((await submit({}, ip)).statusCode).toBe(429);
    expect((await submit(application, nextIp())).statusCode).toBe(201);
  });

  it('counts malformed and spam attempts too, in a bucket of its own beside the proposal form', async () => {
    const ip = nextIp();
    for (let i = 0; i < 5; i += 1) expect((await submit(i % 2 ? {} : { ...application, website: 'x' }, ip)).statusCode).toBe(400);
    expect((await submit(application, ip)).statusCode).toBe(429);
    const hits = await t.database.db.selectFrom('rate_limit_hit').select('bucket').distinct().execute();
    expect(hits.map((h) => h.bucket)).toContain('public-integration-pact');
    // The proposal form's allowance is separate: this address may still propose cooperation.
    const proposal = await t.app.inject({ method: 'POST', url: '/api/public/initiatives', payload: {}, remoteAddress: ip });
    expect(proposal.statusCode).toBe(400);
  });
});
