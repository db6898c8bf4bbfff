import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { isoWeekOf } from '../../../shared/notifications/digest.rules';
import { isoDateIn } from '../../../shared/time/dates';
import { systemContext } from '../../http/request-context';
import { runWeeklyDigest } from './digest.service';
import { notify } from './notify';

// Issue 12, point 5: the weekly digest of each user's "Att göra" items and the notifications they
// chose to get weekly; once per user and ISO week; nothing for those with nothing to do.

let t: TestApp;
const publicUrl = 'https://samverkan.test';
const timeZone = 'Europe/Stockholm';
let reviewMember: Session;
let officer: Session;
let englishOfficer: Session;
let idle: Session;
let initiativeId: string;

const digests = () => t.database.db.selectFrom('mail_message').selectAll().where('kind', '=', 'digest').orderBy('queued_at').execute();
const tell = (userId: string, type: 'deviation_routed' | 'decision_awaiting_approval', summary: string) =>
  t.database.db.transaction().execute((trx) => notify(trx, { type, recipients: [userId], actor: systemContext('test').actor, summary, link: `/avvikelser/${summary.length}` }, { publicUrl }));

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: publicUrl });
  reviewMember = await t.loginAs('review_group');
  officer = await t.loginAs('officer');
  englishOfficer = await t.loginAs('officer');
  idle = await t.loginAs('economist');
  await makeUser(t.database.db, { roles: ['review_group'], status: 'disabled' });
  await t.as(englishOfficer, { method: 'PUT', url: '/api/notifications/preferences', payload: { language: 'en', deliveries: [] } });
  // A proposal arrives: the review group has it to do, and is notified (weekly by default).
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/initiatives',
    payload: { organisationName: 'Läxhjälpsföreningen', contactName: 'Eva Ek', contactEmail: 'eva@example.org', title: 'Läxhjälp i Rinkeby', brief: 'Vi vill erbjuda läxhjälp.' },
  });
  expect(response.statusCode).toBe(201);
  initiativeId = (await t.database.db.selectFrom('initiative').select('id').where('title', '=', 'Läxhjälp i Rinkeby').executeTakeFirstOrThrow()).id;
  await tell(officer.userId, 'deviation_routed', 'Träningen ställdes in');
  // Sent at once by default, so not repeated in the digest.
  await tell(officer.userId, 'decision_awaiting_approval', 'Budget 2027');
  await tell(englishOfficer.userId, 'deviation_routed', 'Lokalen var stängd');
});
afterAll(() => t.close());

describe('weekly digest (issue 12, point 5)', () => {
  // The run happens after everything above was written (the suite's body is collected before beforeAll).
  let now: Date;
  let week: string;
  beforeAll(() => {
    now = new Date();
    week = isoWeekOf(isoDateIn(now, timeZone));
  });

  it('INI-2, AGR-4: one mail per user with something to say: their "Att göra" items and their weekly notifications', async () => {
    const result = await runWeeklyDigest(t.database.db, { now, timeZone, publicUrl });
    expect(result).toMatchObject({ isoWeek: week, sent: 3 });
    const mails = await digests();
    expect(mails.map((m) => m.user_id).sort()).toEqual([reviewMember.userId, officer.userId, englishOfficer.userId].sort());

    const member = mails.find((m) => m.user_id === reviewMember.userId)!;
    expect(member.recipient).toBe(reviewMember.email);
    expect(member.subject).toBe(`Samverkan: veckosammanfattning ${week} (1 att göra)`);
    expect(member.text_body).toContain('Initiativ som väntar på beredningsgruppen');
    expect(member.text_body).toContain(`- Läxhjälp i Rinkeby`);
    expect(member.text_body).toContain(`${publicUrl}/initiativ/${initiativeId}`);
    expect(member.text_body).toContain(`- Nytt förslag om samverkan: Läxhjälp i Rinkeby: ${publicUrl}/initiativ/${initiativeId}`);

    const own = mails.find((m) => m.user_id === officer.userId)!;
    expect(own.subject).toBe(`Samverkan: veckosammanfattning ${week} (0 att göra)`);
    expect(own.text_body).toContain('Avvikelse att hantera: Träningen ställdes in');
    expect(own.text_body).not.toContain('Budget 2027');

    const english = mails.find((m) => m.user_id === englishOfficer.userId)!;
    expect(english.language).toBe('en');
    expect(english.subject).toBe(`Samverkan: weekly digest ${week} (0 to do)`);
    expect(english.text_body).toContain('Deviation to handle: Lokalen var stängd');
  });

  it('sends nothing to users with nothing to do, nor to disabled users', async () => {
    const mails = await digests();
    expect(mails.map((m) => m.user_id)).not.toContain(idle.userId);
    expect(mails).toHaveLength(3);
  });

  it('is sent once per user and ISO week: a second run, or two at once, queue nothing more', async () => {
    const again = await runWeeklyDigest(t.database.db, { now, timeZone, publicUrl });
    expect(again.sent).toBe(0);
    const both = await Promise.all([runWeeklyDigest(t.database.db, { now, timeZone, publicUrl }), runWeeklyDigest(t.database.db, { now, timeZone, publicUrl })]);
    expect(both.map((r) => r.sent)).toEqual([0, 0]);
    expect(await digests()).toHaveLength(3);
    const recorded = await t.database.db.selectFrom('notification_digest').selectAll().where('iso_week', '=', week).execute();
    expect(recorded).toHaveLength(3);
    expect(recorded.every((r) => r.mail_message_id !== null)).toBe(true);
  });

  it('next week repeats what is still to do, but not the notifications already in a digest', async () => {
    const nextWeek = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
    const result = await runWeeklyDigest(t.database.db, { now: nextWeek, timeZone, publicUrl });
    expect(result).toMatchObject({ isoWeek: isoWeekOf(isoDateIn(nextWeek, timeZone)), sent: 1 });
    const latest = (await digests()).slice(3);
    expect(latest.map((m) => m.user_id)).toEqual([reviewMember.userId]);
    expect(latest[0]!.text_body).toContain('- Läxhjälp i Rinkeby');
    expect(latest[0]!.text_body).not.toContain('Nytt förslag om samverkan');
  });

  it('two processes racing for the same user and week queue one mail', async () => {
    const later = new Date(now.getTime() + 14 * 24 * 3600 * 1000);
    const racing = await Promise.all([
      runWeeklyDigest(t.database.db, { now: later, timeZone, publicUrl }),
      runWeeklyDigest(t.database.db, { now: later, timeZone, publicUrl }),
    ]);
    expect(racing[0].sent + racing[1].sent).toBe(1);
    expect((await digests()).filter((m) => m.user_id === reviewMember.userId)).toHaveLength(3);
  });
});
