import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/env';
import { buildApp } from '../app';
import { createTestDatabase } from '../../../tests/support/test-database';
import type { DatabaseHandle } from '../db/database';
import type { FastifyInstance } from 'fastify';
import { DomainError } from './errors';

let database: DatabaseHandle;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, logger: false });
  app.get('/api/test-failure', { config: { access: 'public' } }, async () => {
    throw new Error('secret internal detail');
  });
  app.get('/api/test-conflict', { config: { access: 'public' } }, async () => {
    throw new DomainError('version_conflict', { extra: { status: 'decided', code: 'other', currentVersion: 3 } });
  });
  app.get('/api/test-data-exception', { config: { access: 'public' } }, async () => {
    // A whole number beyond PostgreSQL's integer range that no schema stopped: SQLSTATE 22003.
    await sql`select ${'2147483648'}::int4 as n`.execute(database.db);
    return 'unreachable';
  });
  app.get('/api/test-check-violation', { config: { access: 'public' } }, async () => {
    // A value a table's check constraint refuses (an outgoing mail in a status that does not exist): SQLSTATE 23514.
    await sql`insert into mail_message (kind, recipient, subject, text_body, status) values ('test', 'a@example.se', 's', 't', 'lost')`.execute(database.db);
    return 'unreachable';
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('error handling', () => {
  it('answers an unexpected failure with a bare 500 problem: no message, no stack trace', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-failure' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'urn:samverkan:problem:internal_error',
      title: 'Ett oväntat fel inträffade. Försök igen eller kontakta support.',
      status: 500,
      code: 'internal_error',
    });
    expect(response.body).not.toContain('secret internal detail');
  });

  it('adds extra members to a problem without letting them replace its status or code', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ status: 409, code: 'version_conflict', currentVersion: 3 });
  });

  it('answers an unknown API address with a 404 problem in the requested language', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route_not_found', title: 'No such address' });
  });

  it('refuses to start when an API route declares no access', async () => {
    const bare = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, logger: false });
    expect(() => bare.get('/api/undeclared', async () => 'x')).toThrow(/declares no access/);
    await bare.close();
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toContain('/api/users');
  });

  it('answers a database data exception (SQLSTATE class 22) with 400, not 500, and tells nothing of the database', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-data-exception' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      type: 'urn:samverkan:problem:value_not_storable',
      title: 'Ett värde kunde inte sparas: det är för stort eller innehåller tecken som inte kan lagras',
      status: 400,
      code: 'value_not_storable',
    });
  });

  it('answers a check violation (SQLSTATE 23514) with 400, not 500, and tells nothing of the table', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-check-violation' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      type: 'urn:samverkan:problem:value_not_allowed',
      title: 'Uppgifterna kunde inte sparas: ett värde är inte tillåtet tillsammans med de övriga. Kontrollera uppgifterna och försök igen.',
      status: 400,
      code: 'value_not_allowed',
    });
    expect(response.body).not.toContain('mail_message');
  });
});
