import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/db/seed/demo';
import { ROLES } from '../../src/shared/users/roles';
import { DEMO_PASSWORD } from '../support/factories';
import { bodyFor, type FuzzBody, type IdPool, textFor } from '../support/fuzz-arbitraries';
import { isWrite, type Operation, openApiOperations, queryString, urlOf } from '../support/openapi-operations';
import { createTestApp, type Session, sessionCookieOf, type TestApp } from '../support/test-app';

// Seeded and bounded, so that a run is repeatable and stays within a few minutes in CI; FUZZ_RUNS=200
// searches harder.
const SEED = 20_260_610;
const WRITE_RUNS = Number(process.env.FUZZ_RUNS ?? 24);
const READ_RUNS = Math.max(4, Math.round(WRITE_RUNS / 3));

// What must never reach a caller: stack frames, source paths, runtime errors, SQL and its errors.
const LEAK =
  /node_modules|\/src\/|\.[cm]?[jt]s:\d+|\n\s+at |at [\w.<>]+ \(|SQLSTATE|duplicate key|violates|relation "|column "|syntax error|invalid input syntax|out of range for type|ZodError|TypeError|RangeError|ReferenceError|SyntaxError|Cannot read propert|is not a function|undefined is not/i;

// Tables whose ids the routes name, by the first segment of their path.
const TABLE_OF_SEGMENT: Record<string, string> = {
  users: 'app_user',
  'api-tokens': 'api_token',
  organisations: 'organisation',
  'organisation-imports': 'organisation_import',
  thresholds: 'threshold',
  initiatives: 'initiative',
  'review-meetings': 'review_meeting',
  cooperations: 'cooperation',
  'saved-filters': 'saved_filter',
  'governance-bodies': 'governance_body',
  'governance-members': 'governance_member',
  decisions: 'governance_decision',
  meetings: 'governance_meeting',
  'action-items': 'governance_action_item',
  'cycle-tasks': 'governance_cycle_task',
  agreements: 'agreement',
  annexes: 'agreement_annex',
};

let t: TestApp;
let operations: Operation[];
let pool: IdPool;
let session: Session;
let fuzzUserEmail: string;
let fuzzRequests = 0;
// FUZZ_STATS=1 prints how often each route answered with each status: how deep the requests got.
const stats = new Map<string, number>();

/** Logs the fuzzing user in again when a request (a logout, say) ended its session. */
async function freshSession(): Promise<Session> {
  const probe = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } });
  if (probe.statusCode === 200 && probe.json().user.mustChangePassword === false) return session;
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: fuzzUserEmail, password: DEMO_PASSWORD } });
  if (login.statusCode === 200 && login.json().user.mustChangePassword === false) {
    session = { ...session, cookie: sessionCookieOf(login), csrfToken: login.json().csrfToken };
  } else {
    session = await t.loginAs([...ROLES]);
    fuzzUserEmail = session.email;
  }
  return session;
}

async function loadIdPool(selfId: string): Promise<IdPool> {
  const byKind: Record<string, string[]> = {};
  const tables = [...new Set([...Object.values(TABLE_OF_SEGMENT), 'organisation_document', 'file'])];
  for (const table of tables) {
    const rows = (await t.database.db
      .selectFrom(table as 'app_user')
      .select('id')
      .limit(40)
      .execute()) as { id: string }[];
    // The fuzzing user's own account stays out of reach, so it cannot lock itself out.
    byKind[table] = rows.map((r) => r.id).filter((id) => id !== selfId);
  }
  return { byKind, all: Object.values(byKind).flat() };
}

function poolFor(operation: Operation): IdPool {
  const segment = operation.path.split('/')[2] ?? '';
  const own = pool.byKind[TABLE_OF_SEGMENT[segment] ?? ''];
  // The route's own `{id}` names its own kind of record; other ids keep their own kinds.
  return own && own.length > 0 ? { byKind: { ...pool.byKind, '': own }, all: pool.all } : pool;
}

type FuzzRequest = { params: Record<string, string>; query: Record<string, string>; body: FuzzBody };

function requestArbitrary(operation: Operation, withBody: boolean): fc.Arbitrary<FuzzRequest> {
  const ids = poolFor(operation);
  const params = fc.record(Object.fromEntries(operation.pathParams.map((p) => [p.name, textFor(p.schema, ids, p.name === 'id' ? '' : p.name)])));
  const query = fc.record(
    Object.fromEntries(operation.query.map((p) => [p.name, textFor(p.schema, ids, p.name)])),
    { requiredKeys: operation.query.filter((p) => p.required).map((p) => p.name) },
  ) as fc.Arbitrary<Record<string, string>>;
  const body = withBody ? bodyFor(operation.body, ids) : fc.constant<FuzzBody>({ label: 'no body' });
  return fc.record({ params, query, body });
}

async function send(operation: Operation, request: FuzzRequest, as: Session | undefined): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (request.body.contentType) headers['content-type'] = request.body.contentType;
  if (as) {
    headers.cookie = as.cookie;
    headers['x-csrf-token'] = as.csrfToken;
  }
  return t.app.inject({
    method: operation.method,
    url: urlOf(operation, request.params, queryString(request.query)),
    headers,
    // Every request comes from a new address, so that the login and proposal limits the fuzzed
    // requests run into never lock out the address the fuzzing user logs in again from.
    remoteAddress: `198.51.${(fuzzRequests >> 8) & 255}.${fuzzRequests++ & 255}`,
    ...(request.body.payload !== undefined ? { payload: request.body.payload } : {}),
  });
}

function describeFailure(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode >= 500) return `status ${response.statusCode}: ${response.body.slice(0, 200)}`;
  if (response.statusCode < 400) return undefined;
  // The database's refusal of a value is only a last line of defence: the schemas refuse first.
  if (response.body.includes('"code":"value_not_storable"')) return `reached the database's last line of defence: ${response.body.slice(0, 120)}`;
  // Every refusal is the API's own problem document, never a framework's default error body.
  if (!String(response.headers['content-type']).startsWith('application/problem+json') || !response.body.includes('"type":"urn:samverkan:problem:')) {
    return `not a problem document in ${response.statusCode}: ${response.body.slice(0, 200)}`;
  }
  // Field paths name what the caller sent; everything else is the server's own words.
  const ownWords = response.body.replace(/"path":"(?:[^"\\]|\\.)*"/g, '');
  return LEAK.test(ownWords) ? `internal text in ${response.statusCode}: ${response.body.slice(0, 200)}` : undefined;
}

/** Runs the property for one operation and returns what it found, rather than stopping at the first route. */
async function fuzz(operation: Operation, withBody: boolean, numRuns: number, index: number): Promise<string | undefined> {
  const property = fc.asyncProperty(requestArbitrary(operation, withBody), async (request) => {
    for (const as of [await freshSession(), undefined]) {
      const response = await send(operation, request, as);
      if (process.env.FUZZ_STATS) {
        const key = `${operation.method} ${operation.path} ${as ? 'logged in' : 'anonymous'} ${response.statusCode}`;
        stats.set(key, (stats.get(key) ?? 0) + 1);
      }
      const failure = describeFailure(response);
      if (failure) throw new Error(`${as ? 'logged in' : 'anonymous'}, ${request.body.label}: ${failure}`);
    }
  });
  try {
    await fc.assert(property, { seed: SEED + index, numRuns, endOnFailure: true });
    return undefined;
  } catch (error) {
    const { message, cause } = error as Error;
    const counterexample = message.split('\n').find((line) => line.startsWith('Counterexample')) ?? '';
    return `${operation.method} ${operation.path}: ${cause instanceof Error ? cause.message : message} | ${counterexample.slice(0, 600)}`;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  // Demo data gives the generated requests real records to reach, not only 404s.
  await seedDemo(t.database.db, t.app.fileStorage);
  session = await t.loginAs([...ROLES]);
  fuzzUserEmail = session.email;
  operations = await openApiOperations(t.app);
  pool = await loadIdPool(session.userId);
}, 120_000);
afterAll(async () => {
  if (process.env.FUZZ_STATS) console.log([...stats.entries()].map(([k, v]) => `${k} ${v}`).join('\n'));
  await t.close();
});

describe('generated and mutated input never makes the server fail', () => {
  it('every write route answers below 500 and without internal text, logged in as every role and anonymously', async () => {
    const writes = operations.filter(isWrite);
    expect(writes.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const [index, operation] of writes.entries()) {
      const failure = await fuzz(operation, true, WRITE_RUNS, index);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('every path parameter and query string of every route does the same', async () => {
    const withInput = operations.filter((o) => o.pathParams.length > 0 || o.query.length > 0);
    expect(withInput.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const [index, operation] of withInput.entries()) {
      // Write routes get a fitting body here so that only the path and query vary.
      const failure = await fuzz(operation, isWrite(operation), READ_RUNS, 1_000 + index);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
