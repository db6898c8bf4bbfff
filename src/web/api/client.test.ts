import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiPost, apiUpload, setApiLanguage, setCsrfToken, withQuery } from './client';

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

  it('uploads a file as multipart with the CSRF token, reports progress, and maps a refusal to an ApiError', async () => {
    const sent: { headers: Record<string, string>; body: unknown }[] = [];
    class FakeXhr {
      static answer = { status: 201, text: '{"id":"d1"}' };
      status = 0;
      responseText = '';
      headers: Record<string, string> = {};
      upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
      onload?: () => void;
      onerror?: () => void;
      onabort?: () => void;
      withCredentials = false;
      open() {}
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      }
      getResponseHeader() {
        return null;
      }
      send(body: unknown) {
        sent.push({ headers: this.headers, body });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = FakeXhr.answer.status;
        this.responseText = FakeXhr.answer.text;
        this.onload?.();
      }
      abort() {}
    }
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    setCsrfToken('token-2');
    const progress: number[] = [];
    const file = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    await expect(apiUpload('/api/x', file, 'a.pdf', { onProgress: (f) => progress.push(f) })).resolves.toEqual({ id: 'd1' });
    expect(sent[0]?.headers).toMatchObject({ 'x-csrf-token': 'token-2', 'accept-language': 'sv' });
    expect((sent[0]?.body as FormData).get('file')).toBeInstanceOf(Blob);
    expect(progress).toEqual([0.5, 1]);

    FakeXhr.answer = { status: 415, text: JSON.stringify({ type: 'urn:x', title: 'Filtypen stöds inte', status: 415, code: 'unsupported_file_type' }) };
    const error = await apiUpload('/api/x', file, 'a.exe').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([(error as ApiError).status, (error as ApiError).code, (error as ApiError).message]).toEqual([415, 'unsupported_file_type', 'Filtypen stöds inte']);
  });
});
