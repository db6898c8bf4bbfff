import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { sessionKey } from './features/auth/api';
import { createAppRouter } from './router';

describe('the app router', () => {
  it('builds its route tree with every route once, the follow-up template page included', () => {
    const router = createAppRouter(new QueryClient());
    const ids = Object.keys(router.routesById);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('/app/styrgrupper/$id/uppfoljningsmall');
    expect(ids).toContain('/app/samverkan/$id/matningar');
    // IOP-10: the newsletter's staff pages behind login, its link pages public.
    expect(ids).toEqual(expect.arrayContaining(['/app/nyhetsbrev', '/app/nyhetsbrev/$id', '/offentligt/nyhetsbrev/bekrafta', '/offentligt/nyhetsbrev/avsluta']));
    // OVR-2: the committee's report behind login.
    expect(ids).toContain('/app/rapport');
  });
});

describe('the guard of the pages behind login (issue 15)', () => {
  const user = {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'admin@example.org',
    name: 'Admin',
    roles: ['admin'],
    status: 'active',
    mustChangePassword: false,
    lastLoginAt: null,
    createdAt: '2026-12-06T00:00:00Z',
    updatedAt: '2026-12-06T00:00:00Z',
    version: 1,
  };

  async function guardOf(session: unknown, href: string): Promise<unknown> {
    const queryClient = new QueryClient();
    queryClient.setQueryData(sessionKey, session);
    const route = createAppRouter(queryClient).routesById['/app'];
    const beforeLoad = route.options.beforeLoad as (args: unknown) => Promise<void>;
    return beforeLoad({ context: { queryClient }, location: { href } }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
  }

  it('issue 15: sends a user who must enrol a second factor to the enrolment page before any other, and back afterwards', async () => {
    const thrown = await guardOf({ user, csrfToken: 'x', twoFactorEnrolmentRequired: true }, '/admin/users');
    expect(thrown).toMatchObject({ options: { to: '/two-factor', search: { redirect: '/admin/users' } } });
  });

  it('issue 15: a temporary password is changed first, and an enrolled user passes', async () => {
    const first = await guardOf({ user: { ...user, mustChangePassword: true }, csrfToken: 'x', twoFactorEnrolmentRequired: true }, '/');
    expect(first).toMatchObject({ options: { to: '/change-password' } });
    expect(await guardOf({ user, csrfToken: 'x', twoFactorEnrolmentRequired: false }, '/')).toBeUndefined();
  });
});
