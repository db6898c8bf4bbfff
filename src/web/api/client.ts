import type { ProblemView } from '../../shared/http/problem.schemas';

export type UiLanguage = 'sv' | 'en';

/** An API answer that was not a success, with the server's problem document when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: ProblemView | undefined;
  /** Seconds the server asks us to wait (Retry-After), e.g. after too many login attempts. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: ProblemView | undefined, retryAfterSeconds?: number) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network_error' : 'http_error');
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The server's messages keyed by field path (first message per field). */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      if (result[e.path] === undefined) result[e.path] = e.message;
    }
    return result;
  }

  /** The rule each refused field's message enforces, keyed by field path, where the server named one. */
  fieldRequirements(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      if (e.requirement && result[e.path] === undefined) result[e.path] = e.requirement;
    }
    return result;
  }
}

/** True when a value is an ApiError, optionally with a given status. */
export function isApiError(value: unknown, status?: number): value is ApiError {
  return value instanceof ApiError && (status === undefined || value.status === status);
}

// Module state rather than React context: the client is called from query functions and
// router guards that live outside the component tree.
let csrfToken: string | null = null;
let language: UiLanguage = 'sv';

/** Remembers the CSRF token of the current session (null after logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Sets the language the server should answer problem messages in. */
export function setApiLanguage(lang: UiLanguage): void {
  language = lang;
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?query` leaving out empty values, so filters that are unset are not sent. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal | undefined };

function isProblem(value: unknown): value is ProblemView {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value && 'title' in value;
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Calls the API with JSON in and out, the session cookie, CSRF token on writes and the UI language. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined);
  }

  if (response.status === 204) return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  const isJson = contentType.includes('json');
  const payload: unknown = isJson ? await response.json().catch(() => undefined) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(payload) ? payload : undefined, retryAfter(response));
  }
  return payload as T;
}

/** GET shorthand. */
export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { signal });
}

/** POST shorthand; a body of `{}` is sent when none is given because the API expects JSON objects. */
export function apiPost<T>(path: string, body: unknown = {}): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', body });
}

/** PATCH shorthand. */
export function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>(path, { method: 'PATCH', body });
}

/** PUT shorthand. */
export function apiPut<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>(path, { method: 'PUT', body });
}

export type UploadOptions = {
  /** Called as the file is sent, with the share sent so far (0–1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal | undefined;
};

/**
 * POSTs one file as multipart/form-data (part `file`), with the same session, CSRF token and
 * language as `apiRequest`. XMLHttpRequest rather than fetch, because only it reports upload progress.
 */
export function apiUpload<T>(path: string, file: Blob, fileName: string, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', language);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let payload: unknown;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(1);
        resolve(payload as T);
        return;
      }
      const seconds = Number(xhr.getResponseHeader('retry-after') ?? Number.NaN);
      reject(new ApiError(xhr.status, isProblem(payload) ? payload : undefined, Number.isFinite(seconds) ? seconds : undefined));
    };
    xhr.onerror = () => reject(new ApiError(0, undefined));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    const form = new FormData();
    form.append('file', file, fileName);
    xhr.send(form);
  });
}
