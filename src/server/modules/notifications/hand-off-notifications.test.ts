import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { systemContext } from '../../http/request-context';
import { insertCooperation, jointSteeringGroup } from '../governance/governance-fixtures.test-helper';
import { notify } from './notify';

// Each hand-off of issue 12 (point 4), performed through its real route: the notification goes to
// the right people only, never to the actor, and a mail is queued only for e-mail at once.

let t: TestApp;
const publicUrl = 'https://samverkan.test';
let officer: Session;
let manager: Session;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: publicUrl });
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
});
afterAll(() => t.close());

const notificationsOf = (type: string) =>
  t.database.db.selectFrom('notification').select(['user_id', 'summary', 'link']).where('type', '=', type).orderBy('user_id').execute();
const mailsOf = (kind: string) =>
  t.database.db.selectFrom('mail_message').select(['user_id', 'recipient', 'language', 'subject', 'text_body']).where('kind', '=', kind).execute();
const sorted = (ids: string[]) => [...ids].sort();
const choose = (session: Session, type: string, delivery: string, language = 'sv') =>
  t.as(session, { method: 'PUT', url: '/api/notifications/preferences', payload: { language, deliveries: [{ type, delivery }] } });

describe('hand-off notifications', () => {
  it('INI-2: a public proposal notifies every active review-group member (e-mail only for those who chose it, in their language)', async () => {
    const digestMember = await t.loginAs('review_group');
    const mailMember = await t.loginAs('review_group');
    expect((await choose(mailMember, 'initiative_received', 'email', 'en')).statusCode).toBe(200);
    const disabledMember = await makeUser(t.database.db, { roles: ['review_group'], status: 'disabled' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/initiatives',
      payload: { organisationName: 'Läxhjälpsföreningen', contactName: 'Eva Ek', contactEmail: 'eva@example.org', title: 'Läxhjälp i Rinkeby', brief: 'Vi vill erbjuda läxhjälp.' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const initiative = await t.database.db.selectFrom('initiative').select('id').where('title', '=', 'Läxhjälp i Rinkeby').executeTakeFirstOrThrow();
    const notes = await notificationsOf('initiative_received');
    expect(sorted(notes.map((n) => n.user_id))).toEqual(sorted([digestMember.userId, mailMember.userId]));
    expect(notes.map((n) => n.user_id)).not.toContain(disabledMember.id);
    expect(notes[0]).toMatchObject({ summary: 'Läxhjälp i Rinkeby', link: `/initiativ/${initiative.id}` });
    const mails = await mailsOf('notification.initiative_received');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ user_id: mailMember.userId, recipient: mailMember.email, language: 'en', subject: 'Samverkan: New proposal for cooperation: Läxhjälp i Rinkeby' });
    expect(mails[0]!.text_body).toContain(`${publicUrl}/initiativ/${initiative.id}`);
    // The member sees it in the bell.
    expect((await t.as(digestMember, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 1 });
  });

  it('INI-2: the review group’s recommendation notifies the initiative’s officer, not the member who recorded it', async () => {
    const member = await t.loginAs('review_group');
    const caseOfficer = await t.loginAs('officer');
    const row = await t.database.db
      .insertInto('initiative')
      .values({ title: 'Språkcafé i Tensta', origin: 'internal', brief: 'Samtalsträning på svenska', proposed_form: 'iop', status: 'submitted', created_by: caseOfficer.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await t.as(member, {
      method: 'POST',
      url: `/api/initiatives/${row.id}/recommendations`,
      payload: { outcome: 'not_appropriate', justification: 'Verksamheten finns redan i området' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const notes = await notificationsOf('initiative_recommended');
    expect(notes).toEqual([{ user_id: caseOfficer.userId, summary: 'Språkcafé i Tensta', link: `/initiativ/${row.id}` }]);
    // The default for recommendations is the weekly digest: no mail now.
    expect(await mailsOf('notification.initiative_recommended')).toEqual([]);
  });

  it('DEM-3: handing an assessment over to sign notifies the named manager only, by e-mail when chosen', async () => {
    const signer = await t.loginAs('manager');
    expect((await choose(signer, 'democracy_ready_to_sign', 'email')).statusCode).toBe(200);
    const org = await makeOrganisation(t.database.db, { name: 'Föreningen Gemenskap' });
    const content = {
      conditions: DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met: true, justification: '', evidence: [] })),
      exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: false, justification: '', evidence: [] })),
      basis: 'Stadgar, verksamhetsberättelse 2025 och samtal med ordföranden',
    };
    const draft = (await t.as(officer, { method: 'POST', url: `/api/organisations/${org.id}/democracy-drafts`, payload: content })).json();
    const handed = await t.as(officer, { method: 'POST', url: `/api/democracy-drafts/${draft.id}/hand-over`, payload: { signerId: signer.userId, version: draft.version } });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(await notificationsOf('democracy_ready_to_sign')).toEqual([{ user_id: signer.userId, summary: 'Föreningen Gemenskap', link: `/organisationer/${org.id}` }]);
    const mails = await mailsOf('notification.democracy_ready_to_sign');
    expect(mails.map((m) => [m.user_id, m.language])).toEqual([[signer.userId, 'sv']]);
    expect(mails[0]!.subject).toBe('Samverkan: Demokrativillkor att signera: Föreningen Gemenskap');
  });

  it('IOP-6: a proposed joint decision notifies each member who must approve it, by e-mail at once by default, not the proposer', async () => {
    const g = await jointSteeringGroup(t, officer);
    const response = await t.as(g.cityRep, { method: 'POST', url: `/api/governance-bodies/${g.body.id}/decisions`, payload: { text: 'Budget för 2027 fastställs' } });
    expect(response.statusCode, response.body).toBe(201);
    const notes = await notificationsOf('decision_awaiting_approval');
    expect(notes.map((n) => n.user_id)).toEqual([g.partnerRep.userId]);
    expect(notes[0]!.link).toBe(`/styrgrupper/${g.body.id}`);
    expect(notes[0]!.summary).toContain('Budget för 2027 fastställs');
    const mails = await mailsOf('notification.decision_awaiting_approval');
    expect(mails.map((m) => m.user_id)).toEqual([g.partnerRep.userId]);
    expect(mails[0]!.text_body).toContain(`${publicUrl}/styrgrupper/${g.body.id}`);
  });

  it('IOP-6: a member who chose the app only gets the notification without a mail', async () => {
    const g = await jointSteeringGroup(t, officer);
    expect((await choose(g.partnerRep, 'decision_awaiting_approval', 'app')).statusCode).toBe(200);
    const before = (await mailsOf('notification.decision_awaiting_approval')).length;
    const response = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${g.body.id}/decisions`, payload: { text: 'Mötesplan för hösten' } });
    expect(response.statusCode, response.body).toBe(201);
    const notes = (await notificationsOf('decision_awaiting_approval')).filter((n) => n.link === `/styrgrupper/${g.body.id}`);
    expect(sorted(notes.map((n) => n.user_id))).toEqual(sorted([g.cityRep.userId, g.partnerRep.userId]));
    const mails = await mailsOf('notification.decision_awaiting_approval');
    expect(mails).toHaveLength(before + 1);
    expect(mails.map((m) => m.user_id)).not.toContain(g.partnerRep.userId);
  });

  it('AGR-4: a routed deviation notifies the active members of the body it is routed to, or else the responsible manager', async () => {
    const association = await makeOrganisation(t.database.db, { name: 'Idrottsföreningen' });
    const iop = await insertCooperation(t, 'IOP om idrott');
    const body = await t.database.db.insertInto('governance_body').values({ type: 'steering_group', name: 'Styrgrupp för idrott', mandate: null, reports_to_id: null }).returning('id').executeTakeFirstOrThrow();
    await t.database.db.insertInto('governance_body_cooperation').values({ body_id: body.id, cooperation_id: iop }).execute();
    const member = await t.loginAs('steering_member');
    const formerMember = await t.loginAs('steering_member');
    await t.database.db
      .insertInto('governance_member')
      .values([
        { body_id: body.id, name: 'Ledamot', organisation_id: association.id, role_title: 'Ledamot', user_id: member.userId },
        { body_id: body.id, name: 'Före detta', organisation_id: association.id, role_title: 'Ledamot', user_id: formerMember.userId, active: false },
        { body_id: body.id, name: 'Rapportören', organisation_id: association.id, role_title: 'Ledamot', user_id: officer.userId },
      ])
      .execute();
    const reported = await t.as(officer, { method: 'POST', url: '/api/deviations', payload: { description: 'Träningen ställdes in', severity: 'medium', occurredOn: '2026-03-02', placeKind: 'cooperation', cooperationId: iop } });
    expect(reported.statusCode, reported.body).toBe(201);
    expect(reported.json().route.body.id).toBe(body.id);
    expect(await notificationsOf('deviation_routed')).toEqual([{ user_id: member.userId, summary: 'Träningen ställdes in', link: `/avvikelser/${reported.json().id}` }]);

    const managed = await insertCooperation(t, 'IOP utan styrgrupp');
    await t.database.db.updateTable('cooperation').set({ responsible_manager_id: manager.userId }).where('id', '=', managed).execute();
    const second = await t.as(officer, { method: 'POST', url: '/api/deviations', payload: { description: 'Lokalen var stängd', severity: 'low', occurredOn: '2026-03-03', placeKind: 'cooperation', cooperationId: managed } });
    expect(second.statusCode, second.body).toBe(201);
    const toManager = (await notificationsOf('deviation_routed')).filter((n) => n.link === `/avvikelser/${second.json().id}`);
    expect(toManager.map((n) => n.user_id)).toEqual([manager.userId]);
    // Deviations go to the weekly digest by default.
    expect(await mailsOf('notification.deviation_routed')).toEqual([]);
  });

  it('IOP-9: a returned partner report notifies the organisation’s partner users, by e-mail at once by default', async () => {
    const own = await makeOrganisation(t.database.db, { name: 'Kvinnojouren' });
    const other = await makeOrganisation(t.database.db, { name: 'Annan förening' });
    const cooperation = await insertCooperation(t, 'IOP om stödsamtal');
    await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperation, organisation_id: own.id }).execute();
    const link = async (organisationId: string) => {
      const session = await t.loginAs('partner');
      await t.database.db.insertInto('partner_account').values({ user_id: session.userId, organisation_id: organisationId }).execute();
      return session;
    };
    const writer = await link(own.id);
    const colleague = await link(own.id);
    const stranger = await link(other.id);
    const saved = (await t.as(writer, { method: 'PUT', url: `/api/partner/cooperations/${cooperation}/reports/2026-H1`, payload: { followUpText: 'Våren i korthet' } })).json();
    const submitted = await t.as(writer, { method: 'POST', url: `/api/partner-reports/${saved.id}/submit`, payload: { version: saved.version } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const returned = await t.as(officer, { method: 'POST', url: `/api/partner-reports/${saved.id}/return`, payload: { version: submitted.json().version, comment: 'Ange antalet deltagare.' } });
    expect(returned.statusCode, returned.body).toBe(200);
    const notes = await notificationsOf('partner_report_returned');
    expect(sorted(notes.map((n) => n.user_id))).toEqual(sorted([writer.userId, colleague.userId]));
    expect(notes.map((n) => n.user_id)).not.toContain(stranger.userId);
    expect(notes[0]).toMatchObject({ summary: 'IOP om stödsamtal (2026-H1)', link: `/rapportering/${cooperation}/2026-H1` });
    const mails = await mailsOf('notification.partner_report_returned');
    expect(sorted(mails.map((m) => m.user_id!))).toEqual(sorted([writer.userId, colleague.userId]));
    expect(mails[0]!.text_body).toContain(`${publicUrl}/rapportering/${cooperation}/2026-H1`);
  });

  it('a hand-off whose transaction rolls back leaves no notification and no mail', async () => {
    const recipient = await t.loginAs('steering_member');
    const attempt = t.database.db.transaction().execute(async (trx) => {
      const told = await notify(trx, { type: 'partner_report_returned', recipients: [recipient.userId], actor: systemContext('test').actor, summary: 'Rullas tillbaka', link: '/x' }, { publicUrl });
      expect(told).toEqual([recipient.userId]);
      throw new Error('the hand-off failed after notifying');
    });
    await expect(attempt).rejects.toThrow('the hand-off failed');
    expect(await t.database.db.selectFrom('notification').select('id').where('user_id', '=', recipient.userId).execute()).toEqual([]);
    expect(await t.database.db.selectFrom('mail_message').select('id').where('user_id', '=', recipient.userId).execute()).toEqual([]);
  });
});
