import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import { IOP_TERMS } from '../../../shared/agreements/terms.rules';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { addMember, createBody } from '../governance/governance-fixtures.test-helper';

let sequence = 0;

/** Every section of the IOP terms checklist written and complete (IOP-5). */
export const completeTerms = () => Object.fromEntries(IOP_TERMS.map((s) => [s, { text: `Text om ${s}`, complete: true }]));

/** Creates an agreement through the API; its terms are complete unless others are given. */
export async function createIopAgreement(
  t: TestApp,
  officer: Session,
  ids: { cooperationId: string; cityId: string; partnerId: string },
  terms: Record<string, { text: string; complete: boolean }> = completeTerms(),
): Promise<{ id: string; version: number }> {
  const response = await t.as(officer, {
    method: 'POST',
    url: '/api/agreements',
    payload: {
      cooperationId: ids.cooperationId,
      title: 'IOP-avtal',
      terms,
      parties: [
        { organisationId: ids.cityId, signatory: 'Förvaltningschef' },
        { organisationId: ids.partnerId, signatory: 'Ordförande' },
      ],
    },
  });
  if (response.statusCode !== 201) throw new Error(`create agreement failed: ${response.body}`);
  return response.json() as { id: string; version: number };
}

/** Uploads the signed agreement (a PDF) through the API (IOP-5). */
export async function uploadSignedAgreement(t: TestApp, officer: Session, agreement: { id: string; version: number }): Promise<void> {
  const response = await t.as(officer, {
    method: 'POST',
    url: `/api/agreements/${agreement.id}/signed-document?version=${agreement.version}&signedOn=2026-03-01`,
    ...multipartFile('IOP-avtal undertecknat.pdf', pdfBytes, 'application/pdf'),
  });
  if (response.statusCode !== 200) throw new Error(`signed upload failed: ${response.body}`);
}

/** A steering group linked to the cooperation with a member from the city and one from the partner (IOP-6). */
export async function createTwoPartySteeringGroup(t: TestApp, officer: Session, ids: { cooperationId: string; cityId: string; partnerId: string }) {
  const body = await createBody(t, officer, { cooperationIds: [ids.cooperationId] });
  await addMember(t, officer, body.id, { organisationId: ids.cityId, name: 'Stadens ledamot' });
  await addMember(t, officer, body.id, { organisationId: ids.partnerId, name: 'Organisationens ledamot' });
  return body;
}

/**
 * Gives an IOP what its activation gates of agreements and governance need (IOP-5, IOP-6): an
 * agreement with complete terms and the signed document, and a steering group linked to it with
 * a member from the city and one from the civil-society party `partnerId`. Returns their ids.
 */
export async function readyIopForActivation(t: TestApp, officer: Session, cooperationId: string, partnerId: string) {
  sequence += 1;
  const city = await makeOrganisation(t.database.db, { kind: 'public_body', name: `Arbetsmarknadsförvaltningen IOP ${sequence}` });
  const ids = { cooperationId, cityId: city.id, partnerId };
  const agreement = await createIopAgreement(t, officer, ids);
  await uploadSignedAgreement(t, officer, agreement);
  const body = await createTwoPartySteeringGroup(t, officer, ids);
  return { agreementId: agreement.id, bodyId: body.id, cityId: city.id };
}
