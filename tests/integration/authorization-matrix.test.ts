import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/shared/users/roles';
import { authorizationMatrix } from '../support/authorization-matrix';
import { DEMO_PASSWORD, makeUser } from '../support/factories';
import { createTestApp, sessionCookieOf, type TestApp } from '../support/test-app';

let t: TestApp;
const emails = new Map<Role, string>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) emails.set(role, (await makeUser(t.database.db, { roles: [role] })).email);
});
afterAll(() => t.close());

// Path parameters get a well-formed id of nothing, so allowed calls end in 404 or 400, not 403.
const concreteUrl = (url: string) => url.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');

async function call(route: string, role: Role | undefined) {
  const [method = 'GET', url = ''] = route.split(' ');
  const headers: Record<string, string> = {};
  if (role) {
    // A fresh session per call: some routes (logout) end the session they are called with.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: emails.get(role), password: DEMO_PASSWORD } });
    headers.cookie = sessionCookieOf(login);
    headers['x-csrf-token'] = login.json().csrfToken;
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return t.app.inject({ method: method as 'GET', url: concreteUrl(url), headers, ...(hasBody ? { payload: {} } : {}) });
}

describe('authorization matrix', () => {
  it('lists every registered API route, and only those', () => {
    expect([...t.app.routeAccess.keys()].sort()).toEqual(Object.keys(authorizationMatrix).sort());
  });

  for (const [route, allowed] of Object.entries(authorizationMatrix)) {
    it(`${route}: ${Array.isArray(allowed) ? allowed.join(', ') : allowed}`, async () => {
      const anonymous = await call(route, undefined);
      if (allowed === 'public') {
        expect([401, 403]).not.toContain(anonymous.statusCode);
      } else {
        expect(anonymous.statusCode).toBe(401);
      }
      for (const role of ROLES) {
        const response = await call(route, role);
        const permitted = allowed === 'public' || allowed === 'authenticated' || allowed.includes(role);
        if (permitted) {
          expect([401, 403], `${role} should be allowed`).not.toContain(response.statusCode);
          expect(response.statusCode, `${role}: ${response.body}`).toBeLessThan(500);
        } else {
          expect(response.statusCode, `${role} should be denied`).toBe(403);
        }
      }
    });
  }
});
