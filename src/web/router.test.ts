import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
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
