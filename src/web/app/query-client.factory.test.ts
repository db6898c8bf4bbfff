import { describe, expect, it } from 'vitest';
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
});
