import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../tests/support/test-app';

const forbidden = 'Texten innehåller ett otillåtet tecken (nolltecken eller ofullständigt Unicode-tecken)';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(async () => t.close());

/** A JSON body written by hand, so that escapes such as a lone `\ud800` reach the server as sent. */
const rawJson = (payload: string) => ({ headers: { 'content-type': 'application/json' }, payload });

describe('NUL characters and lone surrogates, wherever input enters', () => {
  it('are refused in a query string with 400 naming the parameter', async () => {
    const response = await t.as(admin, { method: 'GET', url: '/api/organisations?q=%00' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'query.q', message: forbidden }] });
  });

  it('are refused in the login e-mail and password, before any lookup', async () => {
    const nul = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a\u0000@example.se', password: 'x' } });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors).toEqual([{ path: 'email', message: forbidden }]);
    const surrogate = await t.app.inject({ method: 'POST', url: '/api/auth/login', ...rawJson('{"email":"a@example.se","password":"x\\ud800"}') });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().errors).toEqual([{ path: 'password', message: forbidden }]);
  });

  it('are refused in a path parameter', async () => {
    const response = await t.as(admin, { method: 'PATCH', url: '/api/legal-forms/civil_society/a%00b', payload: { version: 1, nameSv: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'params.code', message: forbidden }]);
  });

  it('are refused deep inside free-form values and in property names', async () => {
    const setting = await t.as(admin, { method: 'PATCH', url: '/api/settings/committee.name_sv', ...rawJson('{"version":1,"value":{"a":["ok","\\udc00"]}}') });
    expect(setting.statusCode).toBe(400);
    expect(setting.json().errors).toEqual([{ path: 'value.a.1', message: forbidden }]);
    const key = await t.as(admin, { method: 'POST', url: '/api/saved-filters', ...rawJson('{"name":"x","scope":"cooperations","query":{"\\u0000":1}}') });
    expect(key.statusCode).toBe(400);
    expect(key.json().errors).toEqual([{ path: 'query.?', message: forbidden }]);
  });

  it('are refused as a problem document when encoded into the path itself, as is an over-long path parameter', async () => {
    const surrogate = await t.as(admin, { method: 'GET', url: '/api/governance-bodies/x%ED%A0%80y' });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.headers['content-type']).toContain('application/problem+json');
    expect(surrogate.json()).toMatchObject({ code: 'malformed_url', title: 'Adressen är felaktigt kodad (ogiltiga %-tecken eller ett ofullständigt Unicode-tecken)' });
    const long = await t.as(admin, { method: 'GET', url: `/api/organisations/${'x'.repeat(500)}`, headers: { 'accept-language': 'en' } });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toMatchObject({ code: 'uri_too_long', title: 'A part of the address is too long' });
  });

  it('say so in English when asked', async () => {
    const response = await t.as(admin, { method: 'GET', url: '/api/users?q=%00', headers: { 'accept-language': 'en' } });
    expect(response.json().errors).toEqual([
      { path: 'query.q', message: 'The text contains a character that is not allowed (a null character or an incomplete Unicode character)' },
    ]);
  });

  it('leave whole characters outside the Basic Multilingual Plane alone', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.se', password: 'lösen 🙂' } });
    expect(response.statusCode).toBe(401);
  });

  it('refuse absurdly deep nesting with 400 instead of exhausting anything', async () => {
    const response = await t.as(admin, { method: 'PATCH', url: '/api/settings/committee.name_sv', ...rawJson(`{"version":1,"value":${'['.repeat(5_000)}${']'.repeat(5_000)}}`) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toBe('Uppgifterna är för djupt nästlade');
  });
});
