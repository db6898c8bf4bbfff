import { describe, expect, it } from 'vitest';
import { loginWait } from './login-wait';

describe('the wait shown after too many failed logins', () => {
  it('speaks of seconds under a minute and of whole minutes, rounded up, beyond', () => {
    expect(loginWait(1)).toEqual({ key: 'auth.rateLimitedSeconds', count: 1 });
    expect(loginWait(59)).toEqual({ key: 'auth.rateLimitedSeconds', count: 59 });
    expect(loginWait(60)).toEqual({ key: 'auth.rateLimited', count: 1 });
    expect(loginWait(61)).toEqual({ key: 'auth.rateLimited', count: 2 });
    expect(loginWait(300)).toEqual({ key: 'auth.rateLimited', count: 5 });
  });

  it('assumes a minute when the server gave no Retry-After', () => {
    expect(loginWait(undefined)).toEqual({ key: 'auth.rateLimited', count: 1 });
  });
});
