import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../../db/database';
import { DEFAULT_MAIL_POLICY, deliverQueuedMail } from './mail-delivery.service';
import { queueMail } from './mail.queue';
import type { MailSender } from './mail.sender';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const refusing: MailSender = {
  send: async () => {
    throw new Error('451 Temporary local problem');
  },
  close: () => undefined,
};

describe('mail delivery retries (issue 12: "failures retry with back-off")', () => {
  it('each failed attempt is recorded on the row and waits twice as long as the one before; after the sixth the mail is failed', async () => {
    const id = await queueMail(database.db, { kind: 'test.backoff', to: 'mottagare@example.se', subject: 'Back-off', text: 'Text' });
    const row = () => database.db.selectFrom('mail_message').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const before = Date.now();
      const result = await deliverQueuedMail(database.db, refusing, DEFAULT_MAIL_POLICY);
      const mail = await row();
      expect(mail.attempts).toBe(attempt);
      expect(mail.last_error).toBe('451 Temporary local problem');
      if (attempt < 6) {
        expect(result).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
        expect(mail.status).toBe('queued');
        waits.push(Math.round((mail.next_attempt_at.getTime() - before) / 60_000));
        // Not due yet: a run now leaves it alone.
        expect(await deliverQueuedMail(database.db, refusing, DEFAULT_MAIL_POLICY)).toMatchObject({ retrying: 0 });
        await sql`UPDATE mail_message SET next_attempt_at = now() - interval '1 second' WHERE id = ${id}`.execute(database.db);
      } else {
        expect(result).toMatchObject({ sent: 0, retrying: 0, failed: 1 });
        expect(mail.status).toBe('failed');
        expect(mail.failed_at).not.toBeNull();
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
  });
});
