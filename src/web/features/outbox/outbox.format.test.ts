import { describe, expect, it } from 'vitest';
import { mailStatusKey } from './outbox.format';

describe('mail status in the outbox (issue 12: "without SMTP configured … admin sees the outgoing mail in an outbox page")', () => {
  it('a queued mail says it waits for SMTP when none is configured; other statuses read the same either way', () => {
    expect(mailStatusKey('queued', false)).toBe('outbox.status_queuedNoSmtp');
    expect(mailStatusKey('queued', true)).toBe('outbox.status_queued');
    expect(mailStatusKey('failed', false)).toBe('outbox.status_failed');
    expect(mailStatusKey('sent', true)).toBe('outbox.status_sent');
  });
});
