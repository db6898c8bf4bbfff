import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD } from './factories';
import { type Session, sessionCookieOf, type TestApp } from './test-app';

/** The base32 secret in an otpauth:// URI. */
export function secretOfUri(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error(`no secret in ${uri}`);
  return secret;
}

/** The TOTP code of a secret `steps` 30-second steps from now (0: the current one). */
export function totpCodeAt(secret: string, steps = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * 30_000 });
}

/** Enrols a session's user in two-factor sign-in; returns the secret and the recovery codes shown once. */
export async function enrolTwoFactor(t: TestApp, session: Session): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await t.as(session, { method: 'POST', url: '/api/auth/two-factor/enrolment' });
  if (start.statusCode !== 200) throw new Error(`enrolment start ${start.statusCode}: ${start.body}`);
  const secret = secretOfUri(start.json().otpauthUri);
  const confirm = await t.as(session, { method: 'POST', url: '/api/auth/two-factor/enrolment/confirm', payload: { code: totpCodeAt(secret) } });
  if (confirm.statusCode !== 200) throw new Error(`enrolment confirm ${confirm.statusCode}: ${confirm.body}`);
  return { secret, recoveryCodes: confirm.json().recoveryCodes };
}

/** The password step of a sign-in, from a given client address. */
export function passwordStep(t: TestApp, email: string, ip = '10.1.0.1', password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
}

/** The code step of a sign-in. */
export function codeStep(t: TestApp, payload: Record<string, unknown>, ip = '10.1.0.1'): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload, remoteAddress: ip });
}

/** A session from a successful code step. */
export function sessionOf(response: LightMyRequestResponse, userId: string, email: string): Session {
  return { cookie: sessionCookieOf(response), csrfToken: response.json().csrfToken, userId, email };
}
