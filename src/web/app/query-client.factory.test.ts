import { describe, expect, it } from 'vitest';
import type { ProblemView } from '../../shared/http/problem.schemas';
import { ApiError } from '../api/client';
import { createQueryClient } from './query-client.factory';

const events = { onSessionLost: () => undefined, onPasswordChangeRequired: () => undefined };

async function runMutation(client: ReturnType<typeof createQueryClient>, mutationKey?: string[]) {
  await client.getMutationCache().build(client, { mutationKey, mutationFn: async () => 'ok' }).execute(undefined);
}

describe('the query client', () => {
  it('issue 12: a successful change marks the "Att göra" list and the menu count stale, so they are read again', async () => {
    const client = createQueryClient(events);
    client.setQueryData(['work-queue', 'count'], { count: 3 });
    client.setQueryData(['deviations', 'list'], []);
    expect(client.getQueryState(['work-queue', 'count'])?.isInvalidated).toBe(false);

    await runMutation(client);
    expect(client.getQueryState(['work-queue', 'count'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['deviations', 'list'])?.isInvalidated).toBe(false);
  });

  it('issue 12: logging in or out does not ask for the list again (both clear the cache themselves)', async () => {
    const client = createQueryClient(events);
    client.setQueryData(['work-queue', 'count'], { count: 3 });
    await runMutation(client, ['logout']);
    await runMutation(client, ['login']);
    expect(client.getQueryState(['work-queue', 'count'])?.isInvalidated).toBe(false);
  });

  it('issue 15: a refusal until a required second factor is enrolled sends the user to enrol, a wrong code at login does not', async () => {
    const calls: string[] = [];
    const client = createQueryClient({ ...events, onTwoFactorEnrolmentRequired: () => calls.push('enrol') });
    const refusal = (code: string, status: number) =>
      new ApiError(status, { type: `urn:samverkan:problem:${code}`, title: code, status, code } as ProblemView);
    const fail = (mutationKey: string[] | undefined, error: ApiError) =>
      client
        .getMutationCache()
        .build(client, { mutationKey, mutationFn: async () => Promise.reject(error) })
        .execute(undefined)
        .catch(() => undefined);
    await fail(undefined, refusal('two_factor_enrolment_required', 403));
    expect(calls).toEqual(['enrol']);
    await fail(['login'], refusal('invalid_second_factor', 401));
    expect(calls).toEqual(['enrol']);
  });
});
