import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiPost, setApiLanguage, setCsrfToken, withQuery } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setApiLanguage('sv');
});

describe('the API client', () => {
  it('sends the CSRF token and the UI language on writes', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    setApiLanguage('en');
    await apiPost('/api/users', { name: 'x' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'x-csrf-token': 'token-1', 'accept-language': 'en', 'content-type': 'application/json' });
    expect(init.credentials).toBe('same-origin');
  });

  it('turns problem+json into an ApiError with field messages and Retry-After', async () => {
    const problem = { type: 'urn:x', title: 'För många försök', status: 429, code: 'too_many_attempts', errors: [{ path: 'email', message: 'Ogiltig' }] };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(problem), { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '120' } }));
    const error = await apiPost('/api/auth/login', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.code, apiError.retryAfterSeconds, apiError.message]).toEqual([429, 'too_many_attempts', 120, 'För många försök']);
    expect(apiError.fieldErrors()).toEqual({ email: 'Ogiltig' });
  });

  it('leaves unset filters out of the query string', () => {
    expect(withQuery('/api/users', { q: 'anna', role: undefined, status: '', limit: 25 })).toBe('/api/users?q=anna&limit=25');
  });
});
