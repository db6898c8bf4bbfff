import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INT4_MAX, INT4_MIN } from '../../src/shared/http/number.schemas';
import { ROLES } from '../../src/shared/users/roles';
import { badBodies, badTexts } from '../support/bad-inputs';
import {
  asText,
  type JsonSchema,
  type Operation,
  openApiOperations,
  queryString,
  typesOf,
  urlOf,
  validValue,
} from '../support/openapi-operations';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

// The schema library's own phrasing, in English and in its Swedish locale: none of it may reach a user.
const LIBRARY_TEXT =
  /Invalid input|Invalid option|Invalid string|Invalid (UUID|email|ISO|URL|number|discriminator)|Too (big|small)|Unrecognized key|expected|received|Ogiltig inmatning|Ogiltigt val|Ogiltig input|Ogiltig\(t\)|förväntat|förväntade|, fick |För stor\(t\)|För lite\(t\)|Okänd(a)? nyck/i;

type FieldError = { path: string; message: string };

let t: TestApp;
let everyone: Session;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  // Every role at once, so that no route refuses before its input is checked.
  everyone = await t.loginAs([...ROLES]);
  operations = await openApiOperations(t.app);
}, 60_000);
afterAll(async () => t.close());

function validParams(operation: Operation): Record<string, string> {
  return Object.fromEntries(operation.pathParams.map((p) => [p.name, asText(validValue(p.schema))]));
}

function validQuery(operation: Operation): Record<string, string> {
  return Object.fromEntries(operation.query.filter((p) => p.required).map((p) => [p.name, asText(validValue(p.schema))]));
}

/** Every request that breaks one part of an operation's input, the other parts kept valid. */
function badRequests(operation: Operation): { url: string; payload?: string }[] {
  const params = validParams(operation);
  const query = queryString(validQuery(operation));
  const body = operation.body ? JSON.stringify(validValue(operation.body)) : undefined;
  const requests: { url: string; payload?: string }[] = [];
  for (const bad of operation.body ? badBodies(operation.body) : []) {
    requests.push({ url: urlOf(operation, params, query), payload: JSON.stringify(bad) });
  }
  if (operation.query.length > 0) {
    const texts = operation.query.map((p) => badTexts(p.schema));
    const rounds = Math.max(...texts.map((list) => list.length));
    for (let i = 0; i < rounds; i++) {
      const values = Object.fromEntries(operation.query.map((p, j) => [p.name, texts[j]?.[i % (texts[j]?.length ?? 1)] ?? '']));
      requests.push({ url: urlOf(operation, params, queryString({ ...values, unknownParameter: '1' })), ...(body ? { payload: body } : {}) });
    }
  }
  for (const param of operation.pathParams) {
    for (const text of badTexts(param.schema).filter((x) => x !== '')) {
      requests.push({ url: urlOf(operation, { ...params, [param.name]: text }, query), ...(body ? { payload: body } : {}) });
    }
  }
  return requests;
}

async function send(operation: Operation, request: { url: string; payload?: string }, language: 'sv' | 'en'): Promise<LightMyRequestResponse> {
  return t.as(everyone, {
    method: operation.method,
    url: request.url,
    headers: { 'accept-language': language, ...(request.payload !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
}

describe('validation messages', () => {
  it('name the field and say in our own Swedish and English words what is expected, for every schema of every route', async () => {
    const leaks: string[] = [];
    const unchecked: string[] = [];
    let messages = 0;
    for (const operation of operations) {
      const requests = badRequests(operation);
      if (requests.length === 0) continue;
      let refused = false;
      for (const request of requests) {
        for (const language of ['sv', 'en'] as const) {
          const response = await send(operation, request, language);
          expect(response.statusCode, `${operation.method} ${request.url}`).toBeLessThan(500);
          if (response.statusCode !== 400) continue;
          const problem = response.json() as { code: string; errors?: FieldError[] };
          if (problem.code !== 'validation_failed' || !problem.errors) continue;
          refused = true;
          for (const error of problem.errors) {
            messages++;
            if (typeof error.path !== 'string' || error.message.trim() === '' || LIBRARY_TEXT.test(error.message) || /^validation\./.test(error.message)) {
              leaks.push(`${operation.method} ${operation.path} [${language}] ${error.path}: ${error.message}`);
            }
          }
        }
      }
      if (!refused) unchecked.push(`${operation.method} ${operation.path}`);
    }
    expect(leaks).toEqual([]);
    // Every route with input gave field errors to look at: the walk reached every schema.
    expect(unchecked).toEqual([]);
    expect(messages).toBeGreaterThan(1_000);
  }, 240_000);

  it('gives English for English and Swedish for Swedish, with plain wording a user can act on', async () => {
    const body = { version: 'x', name: 5, email: '', roles: [] };
    const [sv, en] = await Promise.all(
      (['sv', 'en'] as const).map((language) =>
        t.as(everyone, { method: 'PATCH', url: `/api/users/${everyone.userId}`, headers: { 'accept-language': language }, payload: body }),
      ),
    );
    expect(sv?.json().errors).toEqual([
      { path: 'version', message: 'Ange ett heltal mellan 0 och 2\u00a0147\u00a0483\u00a0647' },
      { path: 'name', message: 'Ange en text' },
      { path: 'email', message: 'Ange en giltig e-postadress' },
      { path: 'roles', message: 'Välj minst en roll' },
    ]);
    expect(en?.json().errors).toEqual([
      { path: 'version', message: 'Enter a whole number between 0 and 2,147,483,647' },
      { path: 'name', message: 'Enter a text' },
      { path: 'email', message: 'Enter a valid e-mail address' },
      { path: 'roles', message: 'Choose at least one role' },
    ]);
  });
});

describe('integer inputs', () => {
  function integerFields(schema: JsonSchema | undefined, path: string, out: { path: string; schema: JsonSchema }[]): void {
    if (!schema) return;
    if (typesOf(schema).includes('integer') && !schema.oneOf && !schema.anyOf) out.push({ path, schema });
    for (const [name, child] of Object.entries(schema.properties ?? {})) integerFields(child, `${path}.${name}`, out);
    integerFields(schema.items, `${path}[]`, out);
    for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) integerFields(branch, path, out);
    if (typeof schema.additionalProperties === 'object') integerFields(schema.additionalProperties, `${path}.*`, out);
  }

  it('every whole number a route takes fits a PostgreSQL integer column', () => {
    const fields: { path: string; schema: JsonSchema }[] = [];
    for (const operation of operations) {
      const where = `${operation.method} ${operation.path}`;
      integerFields(operation.body, `${where} body`, fields);
      for (const p of [...operation.pathParams, ...operation.query]) integerFields(p.schema, `${where} ${p.name}`, fields);
    }
    expect(fields.length).toBeGreaterThan(20);
    const unbounded = fields.filter(({ schema }) => !(typeof schema.maximum === 'number' && schema.maximum <= INT4_MAX && typeof schema.minimum === 'number' && schema.minimum >= INT4_MIN));
    // Money held as jsonb (agreement economy rows) is the only whole number stored outside an integer column.
    expect(unbounded.map((f) => f.path).filter((p) => !/economy\[\]\.(moneySek|inKindSek)$/.test(p))).toEqual([]);
  });

  it('refuses a version beyond the integer range with 400 naming it, on body, query and path', async () => {
    const org = await t.as(everyone, { method: 'PATCH', url: `/api/organisations/${everyone.userId}`, payload: { version: 2147483648 } });
    expect(org.statusCode).toBe(400);
    expect(org.json().errors).toEqual([{ path: 'version', message: 'Ange ett heltal mellan 0 och 2\u00a0147\u00a0483\u00a0647' }]);
    const compare = await t.as(everyone, { method: 'GET', url: `/api/agreements/${everyone.userId}/compare?from=1&to=2147483648` });
    expect(compare.statusCode).toBe(400);
    expect(compare.json().errors).toEqual([{ path: 'query.to', message: 'Ange ett heltal mellan 1 och 2\u00a0147\u00a0483\u00a0647' }]);
    const version = await t.as(everyone, { method: 'GET', url: `/api/agreements/${everyone.userId}/versions/99999999999` });
    expect(version.statusCode).toBe(400);
    expect(version.json().errors[0].path).toBe('params.number');
  });
});
