import { expect } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import { IOP_TERMS } from '../../../shared/agreements/terms.rules';
import type { Role } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { addMember, createBody, insertCooperation, loginNewUser } from '../governance/governance-fixtures.test-helper';

/** Everything one partner organisation has that the portal shows, with the ids a test reaches for. */
export type PortalWorld = {
  organisationId: string;
  partner: Session;
  cooperationId: string;
  agreementId: string;
  annexId: string;
  bodyId: string;
  meetingId: string;
  attachmentId: string;
  decisionId: string;
  documentId: string;
};

/** Links a new user with these roles to the organisation as its partner account. */
export async function linkedPartner(t: TestApp, organisationId: string, roles: Role[] = ['partner']): Promise<Session> {
  const session = await loginNewUser(t, roles);
  await t.database.db.insertInto('partner_account').values({ user_id: session.userId, organisation_id: organisationId }).execute();
  return session;
}

async function ok<T>(response: Promise<{ statusCode: number; body: string; json: () => unknown }>, status: number): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

/**
 * A partner organisation with a cooperation, a signed agreement with a filed annex, a steering
 * group where it is a party with a meeting (minutes and an attachment) and a proposed decision,
 * and a received ORG-4 document — built through the staff API as an officer would.
 */
export async function portalWorld(t: TestApp, officer: Session, name: string): Promise<PortalWorld> {
  const organisation = await makeOrganisation(t.database.db, { name });
  const partner = await linkedPartner(t, organisation.id);
  const cooperationId = await insertCooperation(t, `IOP med ${name}`);
  await t.database.db.insertInto('cooperation_party').values({ cooperation_id: cooperationId, organisation_id: organisation.id }).execute();
  const terms = Object.fromEntries(IOP_TERMS.map((s) => [s, { text: `Text om ${s}`, complete: true }]));
  const agreement = await ok<{ id: string }>(
    t.as(officer, { method: 'POST', url: '/api/agreements', payload: { cooperationId, title: `Avtal med ${name}`, terms, parties: [{ organisationId: organisation.id, signatory: 'Ordförande' }] } }),
    201,
  );
  await ok(t.as(officer, { method: 'POST', url: `/api/agreements/${agreement.id}/signed-document?version=1&signedOn=2026-03-01`, ...multipartFile('Avtal.pdf', pdfBytes, 'application/pdf') }), 200);
  const annex = await ok<{ id: string }>(t.as(officer, { method: 'POST', url: `/api/agreements/${agreement.id}/annexes`, payload: { title: 'Budget' } }), 201);
  await ok(
    t.as(officer, { method: 'POST', url: `/api/annexes/${annex.id}/file-versions?decisionReference=Styrgruppen&decidedOn=2026-01-15`, ...multipartFile('Budget.pdf', pdfBytes, 'application/pdf') }),
    201,
  );
  const body = await createBody(t, officer, { cooperationIds: [cooperationId], partyOrganisationIds: [organisation.id] });
  await addMember(t, officer, body.id, { organisationId: organisation.id, name: `Representant för ${name}` });
  const meeting = await ok<{ id: string }>(
    t.as(officer, { method: 'POST', url: `/api/governance-bodies/${body.id}/meetings`, payload: { meetingDate: '2026-02-10', minutes: 'Protokoll: budgeten gicks igenom.' } }),
    201,
  );
  const attachment = await ok<{ id: string }>(
    t.as(officer, { method: 'POST', url: `/api/meetings/${meeting.id}/attachments?title=Protokoll`, ...multipartFile('Protokoll.pdf', pdfBytes, 'application/pdf') }),
    201,
  );
  const decision = await ok<{ id: string }>(
    t.as(officer, { method: 'POST', url: `/api/governance-bodies/${body.id}/decisions`, payload: { text: 'Budgeten för 2026 fastställs', meetingId: meeting.id } }),
    201,
  );
  const document = await ok<{ id: string }>(
    t.as(officer, { method: 'POST', url: `/api/organisations/${organisation.id}/documents?documentType=statutes&year=2025`, ...multipartFile('Stadgar.pdf', pdfBytes, 'application/pdf') }),
    201,
  );
  return {
    organisationId: organisation.id,
    partner,
    cooperationId,
    agreementId: agreement.id,
    annexId: annex.id,
    bodyId: body.id,
    meetingId: meeting.id,
    attachmentId: attachment.id,
    decisionId: decision.id,
    documentId: document.id,
  };
}

/** Adds a representative of the organisation to its body: a partner account that is also a steering member. */
export async function partnerRepresentative(t: TestApp, officer: Session, world: PortalWorld): Promise<Session> {
  const representative = await linkedPartner(t, world.organisationId, ['partner', 'steering_member']);
  await addMember(t, officer, world.bodyId, { organisationId: world.organisationId, userId: representative.userId, name: 'Ordförande' });
  return representative;
}
