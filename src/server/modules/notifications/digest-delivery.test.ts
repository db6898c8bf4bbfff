import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodedBodyOf, decodedHeaderOf, SmtpTestServer } from '../../../../tests/support/smtp-test-server';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { waitFor } from '../../../../tests/support/wait-for';
import { WEEKLY_DIGEST_JOB } from './digest.job';

// Issue 12 acceptance: "the weekly digest and a hand-off e-mail are delivered to a real SMTP server
// that the test starts, with the right recipient, subject and link" — through the real job queue
// and the real delivery, from the public proposal (INI-2) to the review group's inboxes.

const publicUrl = 'https://samverkan.test';
const smtp = new SmtpTestServer({ user: 'samverkan', password: 'smtp-secret' });
let t: TestApp;
let atOnce: Session;
let weekly: Session;
let initiativeId: string;

const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

beforeAll(async () => {
  await smtp.start();
  t = await createTestApp({ ...smtp.env(), PUBLIC_URL: publicUrl }, { jobs: { pollingIntervalSeconds: 0.5, everySeconds: { 'mail.deliver': 1 } } });
  atOnce = await t.loginAs('review_group');
  weekly = await t.loginAs('review_group');
  const choice = await t.as(atOnce, {
    method: 'PUT',
    url: '/api/notifications/preferences',
    payload: { language: 'sv', deliveries: [{ type: 'initiative_received', delivery: 'email' }] },
  });
  expect(choice.statusCode, choice.body).toBe(200);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/initiatives',
    payload: { organisationName: 'Läxhjälpsföreningen', contactName: 'Kontakt Exempelsson', contactEmail: 'kontakt@example.org', title: 'Läxhjälp i Husby', brief: 'Vi vill erbjuda läxhjälp på lördagar.' },
  });
  expect(response.statusCode, response.body).toBe(201);
  initiativeId = (await t.database.db.selectFrom('initiative').select('id').where('title', '=', 'Läxhjälp i Husby').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

describe('hand-off e-mail and weekly digest over SMTP (issue 12, INI-2)', () => {
  it('INI-2: the member who chose e-mail at once receives the hand-off mail with the link to the proposal; the weekly member does not', async () => {
    const received = await waitFor(() => mailsTo(atOnce.email)[0], 'the hand-off mail reaches the SMTP server');
    expect(received.to).toEqual([atOnce.email]);
    expect(decodedHeaderOf(received.raw, 'Subject')).toContain('Läxhjälp i Husby');
    expect(decodedBodyOf(received.raw)).toContain(`${publicUrl}/initiativ/${initiativeId}`);
    // The other member gets the proposal in the digest, not now.
    expect(mailsTo(weekly.email)).toHaveLength(0);
  });

  it('INI-2: the weekly digest job mails each member their to-do list with the link to the proposal, once per week', async () => {
    const run = await t.app.jobs.trigger(WEEKLY_DIGEST_JOB);
    expect(run).not.toBeNull();
    const digest = await waitFor(() => mailsTo(weekly.email).find((m) => decodedHeaderOf(m.raw, 'Subject')?.includes('veckosammanfattning')), 'the digest reaches the SMTP server');
    expect(digest.to).toEqual([weekly.email]);
    expect(decodedHeaderOf(digest.raw, 'Subject')).toMatch(/^Samverkan: veckosammanfattning \d{4}-W\d{2} \(\d+ att göra\)$/);
    const body = decodedBodyOf(digest.raw);
    expect(body).toContain('Initiativ som väntar på beredningsgruppen');
    expect(body).toContain(`${publicUrl}/initiativ/${initiativeId}`);
    // The notification chosen weekly is in it too.
    expect(body).toContain('Aviseringar sedan förra sammanfattningen');

    // A second run in the same week sends nobody a second digest.
    await t.app.jobs.trigger(WEEKLY_DIGEST_JOB);
    await waitFor(async () => {
      const runs = await t.database.db.selectFrom('notification_digest').select('user_id').where('user_id', '=', weekly.userId).execute();
      return runs.length === 1;
    }, 'the week is recorded once');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(mailsTo(weekly.email).filter((m) => decodedHeaderOf(m.raw, 'Subject')?.includes('veckosammanfattning'))).toHaveLength(1);
  });
});
