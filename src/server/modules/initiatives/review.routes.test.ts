import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { makeOrganisation } from '../../../../tests/support/factories';
import { reviewMatrix } from '../../../../tests/support/authorization-matrix.review';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfText } from './pdf-text.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let member: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  member = sessions.get('review_group')!;
  officer = sessions.get('officer')!;
});
afterAll(() => t.close());

let sequence = 0;
/** Inserts an initiative directly, so these tests do not depend on the initiative routes. */
async function makeInitiative(
  db: Db,
  o: { title?: string; proposedForm?: string | null; status?: string; organisationIds?: string[]; createdAt?: Date; facts?: Record<string, unknown> } = {},
): Promise<{ id: string; title: string }> {
  sequence += 1;
  const title = o.title ?? `Initiativ ${sequence}`;
  const at = o.createdAt ?? new Date();
  const row = await db
    .insertInto('initiative')
    .values({
      title,
      origin: 'external',
      brief: 'Behov och syfte beskrivs i underlaget',
      proposed_form: o.proposedForm === undefined ? 'iop' : o.proposedForm,
      status: o.status ?? 'submitted',
      ...(o.facts ? { facts: JSON.stringify(o.facts) } : {}),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const organisationIds = o.organisationIds ?? [];
  if (organisationIds.length > 0) {
    await db.insertInto('initiative_organisation').values(organisationIds.map((organisation_id) => ({ initiative_id: row.id, organisation_id }))).execute();
  }
  return { id: row.id, title };
}

const statusOf = async (id: string) =>
  (await t.database.db.selectFrom('initiative').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow()).status;
const createMeeting = (payload: object, session = member) => t.as(session, { method: 'POST', url: '/api/review-meetings', payload });
const recommend = (id: string, payload: object, session = member) =>
  t.as(session, { method: 'POST', url: `/api/initiatives/${id}/recommendations`, payload });
const getMeeting = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/review-meetings/${id}` })).json();

describe('review group access (INI-2)', () => {
  const concrete = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000');
  for (const [route, allowed] of Object.entries(reviewMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete(url), ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }

  it('INI-2: an officer may not record a recommendation (403) and nothing changes', async () => {
    const initiative = await makeInitiative(t.database.db);
    const response = await recommend(initiative.id, { outcome: 'not_appropriate', justification: 'Ingen grund' }, officer);
    expect(response.statusCode).toBe(403);
    expect(await statusOf(initiative.id)).toBe('submitted');
  });

  it('INI-6: a manager may not plan a review meeting', async () => {
    expect((await createMeeting({ meetingDate: '2026-05-01' }, sessions.get('manager')!)).statusCode).toBe(403);
  });
});

describe('bad input gives 400 with field paths', () => {
  it('meetings: date, unknown fields, version and ids', async () => {
    const bad = await createMeeting({ meetingDate: '2026-13-40', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['extra', 'meetingDate']);
    const meeting = (await createMeeting({ meetingDate: '2026-05-02' })).json();
    const noVersion = await t.as(member, { method: 'PATCH', url: `/api/review-meetings/${meeting.id}`, payload: { location: 'Rum 1' } });
    expect(noVersion.statusCode).toBe(400);
    expect((await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/agenda-items`, payload: { initiativeId: 'x' } })).statusCode).toBe(400);
    const unknown = await t.as(member, {
      method: 'POST',
      url: `/api/review-meetings/${meeting.id}/agenda-items`,
      payload: { initiativeId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('initiativeId');
    expect((await t.as(officer, { method: 'GET', url: '/api/review-meetings/not-a-uuid' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/review-meetings?cursor=garbage' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/review-queue?limit=0' })).statusCode).toBe(400);
  });

  it('INI-2/INI-4: a recommendation needs its form, its committee and a justification', async () => {
    const initiative = await makeInitiative(t.database.db);
    const paths = async (payload: object) => {
      const response = await recommend(initiative.id, payload);
      expect(response.statusCode).toBe(400);
      return response.json().errors.map((e: { path: string }) => e.path);
    };
    expect(await paths({ outcome: 'form', justification: 'Passar IOP' })).toEqual(['recommendedForm']);
    expect(await paths({ outcome: 'referred', justification: 'Föreningsbidrag' })).toEqual(['referredTo']);
    expect(await paths({ outcome: 'referred', referredTo: 'nowhere', justification: 'Föreningsbidrag' })).toEqual(['referredTo']);
    expect(await paths({ outcome: 'not_appropriate', justification: '   ' })).toEqual(['justification']);
    expect(await paths({ outcome: 'form', recommendedForm: 'grant', justification: 'x' })).toEqual(['recommendedForm']);
    expect(await paths({ outcome: 'not_appropriate', recommendedForm: 'iop', justification: 'x' })).toEqual(['recommendedForm']);
    expect(await paths({ outcome: 'maybe', justification: 'x' })).toEqual(['outcome']);
    const notOnAgenda = await recommend(initiative.id, {
      outcome: 'more_information',
      justification: 'Budget saknas',
      meetingId: (await createMeeting({ meetingDate: '2026-05-03' })).json().id,
    });
    expect(notOnAgenda.statusCode).toBe(400);
    expect(notOnAgenda.json().errors[0].path).toBe('meetingId');
    expect(await statusOf(initiative.id)).toBe('submitted');
  });
});

describe('review queue (INI-2, INI-3)', () => {
  it('lists initiatives awaiting review oldest first, with their agenda kind and a total', async () => {
    const old = await makeInitiative(t.database.db, { proposedForm: 'informal', createdAt: new Date('2020-01-01T00:00:00Z') });
    const older = await makeInitiative(t.database.db, { proposedForm: 'vida', createdAt: new Date('2019-01-01T00:00:00Z'), status: 'more_information' });
    const done = await makeInitiative(t.database.db, { status: 'recommended', createdAt: new Date('2018-01-01T00:00:00Z') });
    const first = (await t.as(officer, { method: 'GET', url: '/api/review-queue?limit=2' })).json();
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([older.id, old.id]);
    expect(first.items.map((i: { agendaKind: string }) => i.agendaKind)).toEqual(['consultation', 'information']);
    expect(first.total).toBeGreaterThanOrEqual(2);
    const all = (await t.as(officer, { method: 'GET', url: '/api/review-queue?limit=200' })).json();
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((i: { id: string }) => i.id)).not.toContain(done.id);
    if (first.total > 2) {
      const next = (await t.as(officer, { method: 'GET', url: `/api/review-queue?limit=2&cursor=${first.nextCursor}` })).json();
      expect(next.items[0].id).toBe(all.items[2].id);
    }
  });
});

describe('a review meeting from agenda to minutes (INI-2, INI-3, INI-4)', () => {
  it('builds the agenda, records recommendations, freezes when held and prints the minutes', async () => {
    const db = t.database.db;
    const org = await makeOrganisation(db, { name: 'Föreningen Språkvänner' });
    const formal = await makeInitiative(db, { title: 'Läxhjälp för nyanlända', proposedForm: 'iop', organisationIds: [org.id] });
    const informal = await makeInitiative(db, { title: 'Öppet hus på Jobbtorg', proposedForm: 'informal', organisationIds: [org.id] });
    const grant = await makeInitiative(db, { title: 'Bidrag till idrottsförening', proposedForm: null });
    const postponed = await makeInitiative(db, { title: 'Språkcafé med praktik', proposedForm: 'vida' });

    const created = await createMeeting({ meetingDate: '2026-06-10', location: 'Medborgarplatsen 3', notes: 'Ekonom deltar', buildAgenda: true });
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    const item = (id: string) => meeting.agenda.find((a: { initiative: { id: string } }) => a.initiative.id === id);
    expect(item(formal.id)).toMatchObject({ kind: 'consultation', recommendation: null, initiative: { status: 'in_review', organisations: [{ name: 'Föreningen Språkvänner' }] } });
    expect(item(informal.id).kind).toBe('information');
    expect(item(grant.id).kind).toBe('consultation');
    const kinds: string[] = meeting.agenda.map((a: { kind: string }) => a.kind);
    expect(kinds.lastIndexOf('consultation')).toBeLessThan(kinds.indexOf('information'));
    expect(await statusOf(informal.id)).toBe('in_review');

    // A second planned meeting does not take what the first already has.
    const second = (await createMeeting({ meetingDate: '2026-06-20', buildAgenda: true })).json();
    expect(second.agenda.map((a: { initiative: { id: string } }) => a.initiative.id)).not.toContain(formal.id);
    const again = await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/agenda-items`, payload: { initiativeId: formal.id } });
    expect(again.statusCode).toBe(409);

    const informational = await recommend(informal.id, { outcome: 'form', recommendedForm: 'informal', justification: 'x', meetingId: meeting.id });
    expect(informational.statusCode).toBe(409);
    expect(informational.json().code).toBe('transition_not_allowed');

    const recorded = await recommend(formal.id, {
      outcome: 'form',
      recommendedForm: 'iop',
      justification: 'Idéburen aktör, gemensamt samhällsintresse',
      meetingId: meeting.id,
      addedValue: { affirmed: true, justification: 'Läxhjälpen skulle annars inte erbjudas stockholmarna' },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      recommendation: { outcome: 'form', recommendedForm: 'iop', meetingId: meeting.id, recordedBy: { id: member.userId } },
      initiative: { id: formal.id, status: 'recommended' },
    });
    expect(await statusOf(formal.id)).toBe('recommended');
    const referred = await recommend(grant.id, { outcome: 'referred', referredTo: 'sports', justification: 'Föreningsbidrag är inte nämndens uppdrag', meetingId: meeting.id });
    expect(referred.json().recommendation.referredTo).toEqual({ code: 'sports', nameSv: 'Idrottsnämnden', nameEn: 'Sports Committee' });
    expect(await statusOf(grant.id)).toBe('referred');
    const twice = await recommend(formal.id, { outcome: 'not_appropriate', justification: 'Ändrad bedömning' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('transition_not_allowed');

    const history = await db.selectFrom('audit_log').select(['action', 'changes']).where('entity_type', '=', 'initiative').where('entity_id', '=', formal.id).execute();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['initiative.review-scheduled', 'initiative.recommended']));

    const view = await getMeeting(meeting.id);
    expect(view.agenda.find((a: { initiative: { id: string } }) => a.initiative.id === formal.id).recommendation.justification).toBe('Idéburen aktör, gemensamt samhällsintresse');

    const stale = await t.as(member, { method: 'PATCH', url: `/api/review-meetings/${meeting.id}`, payload: { location: 'Rum 2', version: view.version - 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const moved = await t.as(member, { method: 'PATCH', url: `/api/review-meetings/${meeting.id}`, payload: { location: 'Rum 2', version: view.version } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().location).toBe('Rum 2');

    const held = await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/hold`, payload: { version: moved.json().version } });
    expect(held.statusCode).toBe(200);
    expect(held.json().status).toBe('held');
    // INI-3: holding the meeting records that the informal cooperation was reported: it leaves
    // the queue (and no later agenda takes it) but keeps its status until it becomes a cooperation.
    expect(await statusOf(informal.id)).toBe('in_review');
    const queue = (await t.as(officer, { method: 'GET', url: '/api/review-queue?limit=200' })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(informal.id);
    const reportedAudit = await db.selectFrom('audit_log').select('action').where('entity_type', '=', 'initiative').where('entity_id', '=', informal.id).execute();
    expect(reportedAudit.map((a) => a.action)).toContain('initiative.reported');
    const later = (await createMeeting({ meetingDate: '2026-07-01', buildAgenda: true })).json();
    expect(later.agenda.map((a: { initiative: { id: string } }) => a.initiative.id)).not.toContain(informal.id);
    // A consultation item the held meeting did not decide stays in review for the next meeting.
    expect(later.agenda.map((a: { initiative: { id: string } }) => a.initiative.id)).toContain(postponed.id);

    const late = await makeInitiative(db);
    for (const response of [
      await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/agenda-items`, payload: { initiativeId: late.id } }),
      await t.as(member, { method: 'PATCH', url: `/api/review-meetings/${meeting.id}`, payload: { notes: 'Efteråt', version: held.json().version } }),
      await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/hold`, payload: { version: held.json().version } }),
      await recommend(late.id, { outcome: 'more_information', justification: 'Underlag saknas', meetingId: meeting.id }),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('meeting_already_held');
    }

    const list = (await t.as(sessions.get('economist')!, { method: 'GET', url: '/api/review-meetings?status=held' })).json();
    expect(list.items.map((m: { id: string }) => m.id)).toContain(meeting.id);
    expect(list.items.find((m: { id: string }) => m.id === meeting.id)).toMatchObject({ status: 'held', consultationCount: kinds.filter((k) => k === 'consultation').length });

    const pdf = await t.as(sessions.get('economist')!, { method: 'GET', url: `/api/review-meetings/${meeting.id}/minutes.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment; filename="Protokoll beredningsgruppen 2026-06-10\.pdf"/);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    for (const expected of [
      'Arbetsmarknadsnämnden',
      'Protokoll från beredningsgruppen',
      'Datum: 2026-06-10',
      'Plats: Rum 2',
      'Läxhjälp för nyanlända',
      'Organisationer: Föreningen Språkvänner',
      'Idéburet offentligt partnerskap (IOP)',
      'Motivering: Idéburen aktör, gemensamt samhällsintresse',
      'Initiativet hänvisas till Idrottsnämnden',
      'Informationsärenden',
      'Öppet hus på Jobbtorg',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Utkast');
    // FRM-2: the added value stands in the minutes beside the recommendation (a long field wraps).
    expect(text.replace(/\n/g, ' ')).toContain('Mervärde: Samverkan tillför ett mervärde och kompletterar förvaltningens grunduppdrag. Läxhjälpen skulle annars inte erbjudas stockholmarna');
  });

  it('meetings are listed newest first with a cursor', async () => {
    await createMeeting({ meetingDate: '2030-01-01' });
    await createMeeting({ meetingDate: '2030-02-01' });
    const first = (await t.as(officer, { method: 'GET', url: '/api/review-meetings?limit=1' })).json();
    expect(first.items[0].meetingDate).toBe('2030-02-01');
    const next = (await t.as(officer, { method: 'GET', url: `/api/review-meetings?limit=1&cursor=${first.nextCursor}` })).json();
    expect(next.items[0].meetingDate).toBe('2030-01-01');
    expect(next.total).toBe(first.total);
  });

  it('INI-2: an initiative added by hand is put in review; a planned meeting prints draft minutes', async () => {
    const initiative = await makeInitiative(t.database.db, { title: 'Mentorsprogram för unga', proposedForm: 'job_partnership', status: 'more_information' });
    const meeting = (await createMeeting({ meetingDate: '2026-09-01' })).json();
    const added = await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/agenda-items`, payload: { initiativeId: initiative.id } });
    expect(added.statusCode).toBe(201);
    expect(added.json().agenda).toEqual([expect.objectContaining({ kind: 'consultation', position: 1, initiative: expect.objectContaining({ status: 'in_review' }) })]);
    expect(added.json().version).toBe(meeting.version + 1);
    const withdrawn = await makeInitiative(t.database.db, { status: 'withdrawn' });
    const refused = await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/agenda-items`, payload: { initiativeId: withdrawn.id } });
    expect(refused.statusCode).toBe(409);
    const pdf = await t.as(officer, { method: 'GET', url: `/api/review-meetings/${meeting.id}/minutes.pdf` });
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Utkast');
    expect(text).toContain('Ingen rekommendation registrerad');
    expect(text).toContain('Inga informationsärenden.');
    expect((await t.as(officer, { method: 'GET', url: '/api/review-meetings/00000000-0000-4000-8000-000000000000/minutes.pdf' })).statusCode).toBe(404);
  });
});

describe('association grants are only referred (INI-4)', () => {
  const grantFacts = { associationGrantRequested: true };

  it('INI-4: no form may be recommended for an initiative asking for an association grant, nor "not appropriate": 409 with the reason', async () => {
    const initiative = await makeInitiative(t.database.db, { title: 'Bidrag till fotbollsklubb', proposedForm: 'iop', facts: grantFacts });
    for (const payload of [
      { outcome: 'form', recommendedForm: 'iop', justification: 'Passar', addedValue: { affirmed: true, justification: 'Mervärde' } },
      { outcome: 'not_appropriate', justification: 'Inte vårt' },
    ]) {
      const refused = await recommend(initiative.id, payload);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'association_grant_referral_only',
        committees: ['district', 'social', 'culture', 'sports'],
        errors: [{ path: 'outcome', message: 'Ett initiativ om föreningsbidrag kan bara hänvisas till en nämnd som hanterar föreningsbidrag' }],
      });
      expect(refused.json().title).toMatch(/föreningsbidrag/);
    }
    const english = await t.as(member, {
      method: 'POST',
      url: `/api/initiatives/${initiative.id}/recommendations`,
      payload: { outcome: 'not_appropriate', justification: 'x' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().title).toMatch(/must be referred to a committee that handles association grants/);
    expect(await statusOf(initiative.id)).toBe('submitted');
  });

  it('INI-4: it may only be referred to a committee that handles grants', async () => {
    const initiative = await makeInitiative(t.database.db, { proposedForm: null, facts: grantFacts });
    const education = await recommend(initiative.id, { outcome: 'referred', referredTo: 'education', justification: 'Skolfråga' });
    expect(education.statusCode).toBe(409);
    expect(education.json().errors).toEqual([{ path: 'referredTo', message: expect.stringMatching(/stadsdelsnämnd, socialnämnden, kulturnämnden eller idrottsnämnden/) }]);
    const culture = await recommend(initiative.id, { outcome: 'referred', referredTo: 'culture', justification: 'Föreningsbidrag söks hos kulturnämnden' });
    expect(culture.statusCode).toBe(201);
    expect(await statusOf(initiative.id)).toBe('referred');
  });

  it('INI-4: the group may ask for more information when it doubts the answer', async () => {
    const initiative = await makeInitiative(t.database.db, { facts: grantFacts });
    expect((await recommend(initiative.id, { outcome: 'more_information', justification: 'Gäller det verkligen bidrag?' })).statusCode).toBe(201);
  });

  it('INI-4: informal cooperation asking for a grant is consulted, not only reported, so that it can be referred', async () => {
    const initiative = await makeInitiative(t.database.db, { proposedForm: 'informal', facts: grantFacts });
    const queue = (await t.as(officer, { method: 'GET', url: '/api/review-queue?limit=200' })).json();
    expect(queue.items.find((i: { id: string }) => i.id === initiative.id)).toMatchObject({ agendaKind: 'consultation', asksAssociationGrant: true });
    const meeting = (await createMeeting({ meetingDate: '2026-10-01' })).json();
    const added = (await t.as(member, { method: 'POST', url: `/api/review-meetings/${meeting.id}/agenda-items`, payload: { initiativeId: initiative.id } })).json();
    expect(added.agenda[0]).toMatchObject({ kind: 'consultation', initiative: { id: initiative.id, asksAssociationGrant: true } });
    const referred = await recommend(initiative.id, { outcome: 'referred', referredTo: 'district', justification: 'Stadsdelsnämnden', meetingId: meeting.id });
    expect(referred.statusCode).toBe(201);
  });
});

describe('added value of a recommended form (FRM-2)', () => {
  it('FRM-2: a formal form is recommended only with the motivated added value, which the initiative then shows', async () => {
    const initiative = await makeInitiative(t.database.db, { proposedForm: 'iop' });
    const missing = await recommend(initiative.id, { outcome: 'form', recommendedForm: 'iop', justification: 'Passar som IOP' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['addedValue']);
    const denied = await recommend(initiative.id, {
      outcome: 'form',
      recommendedForm: 'iop',
      justification: 'Passar som IOP',
      addedValue: { affirmed: false, justification: 'Finns redan i ordinarie verksamhet' },
    });
    expect(denied.statusCode).toBe(400);
    expect(denied.json().errors.map((e: { path: string }) => e.path)).toEqual(['addedValue.affirmed']);
    const blank = await recommend(initiative.id, { outcome: 'form', recommendedForm: 'iop', justification: 'x', addedValue: { affirmed: true, justification: '  ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors.map((e: { path: string }) => e.path)).toEqual(['addedValue.justification']);
    const notApplicable = await recommend(initiative.id, { outcome: 'more_information', justification: 'x', addedValue: { affirmed: true, justification: 'y' } });
    expect(notApplicable.statusCode).toBe(400);
    expect(await statusOf(initiative.id)).toBe('submitted');

    const addedValue = { affirmed: true, justification: 'Verksamheten skulle annars inte erbjudas stockholmarna' };
    const recorded = await recommend(initiative.id, { outcome: 'form', recommendedForm: 'iop', justification: 'Passar som IOP', addedValue });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json().recommendation.addedValue).toEqual(addedValue);
    const view = (await t.as(officer, { method: 'GET', url: `/api/initiatives/${initiative.id}` })).json();
    expect(view.latestRecommendation).toMatchObject({ outcome: 'form', addedValue });
    const audit = await t.database.db.selectFrom('audit_log').select('changes').where('entity_id', '=', initiative.id).where('action', '=', 'initiative.recommended').executeTakeFirstOrThrow();
    expect(audit.changes).toMatchObject({ addedValue: { after: addedValue } });
  });
});

describe('readable initiative numbers (INI-1)', () => {
  it('INI-1: the queue and the agenda name each initiative by its number, INI YYYY-NNNN, not by an id', async () => {
    const initiative = await makeInitiative(t.database.db, { createdAt: new Date('2021-03-01T10:00:00Z') });
    const queue = (await t.as(officer, { method: 'GET', url: '/api/review-queue?limit=200' })).json();
    const item = queue.items.find((i: { id: string }) => i.id === initiative.id);
    expect(item.number).toMatch(/^INI 2021-\d{4}$/);
    expect(item.registryNumber).toBeNull();
  });
});
