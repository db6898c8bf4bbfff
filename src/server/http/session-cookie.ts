import type { FastifyReply, FastifyRequest } from 'fastify';

const PLAIN_NAME = 'samverkan_session';
// The __Host- prefix makes browsers insist on Secure, Path=/ and no Domain: only over HTTPS.
const SECURE_NAME = '__Host-samverkan_session';

function isHttps(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

/** The session id the request carries, if any. */
export function readSessionCookie(req: FastifyRequest): string | undefined {
  return req.cookies[isHttps(req) ? SECURE_NAME : PLAIN_NAME];
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure and __Host- prefixed over HTTPS. */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, sessionId: string, maxAgeSeconds: number): void {
  const secure = isHttps(req);
  reply.setCookie(secure ? SECURE_NAME : PLAIN_NAME, sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: maxAgeSeconds,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  const secure = isHttps(req);
  reply.clearCookie(secure ? SECURE_NAME : PLAIN_NAME, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
