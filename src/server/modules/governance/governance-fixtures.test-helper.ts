import { makeOrganisation, makeUser } from '../../../../tests/support/factories';
import { DEMO_PASSWORD } from '../../../../tests/support/factories';
import { type Session, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app';
import { isoDateIn } from '../../../shared/time/dates';
import type { Role } from '../../../shared/users/roles';

let sequence = 0;

/** Today's date as the app sees it (its time zone). */
export const todayOf = (t: TestApp): string => isoDateIn(new Date(), t.app.timeZone);

/** Inserts a cooperation directly (the cooperations slice is tested on its own). */
export async function insertCooperation(t: TestApp, title = 'IOP om språkcaféer'): Promise<string> {
  sequence += 1;
  const row = await t.database.db
    .insertInto('cooperation')
    .values({ case_number: `GOV ${2000 + sequence}-${String(sequence).padStart(4, '0')}`, case_year: 2000 + sequence, case_sequence: sequence, title, form: 'iop' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Logs in a new user with these roles and returns the session (with the user's id). */
export async function loginNewUser(t: TestApp, roles: Role[]): Promise<Session> {
  const user = await makeUser(t.database.db, { roles });
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: DEMO_PASSWORD } });
  return { cookie: sessionCookieOf(response), csrfToken: (response.json() as { csrfToken: string }).csrfToken, userId: user.id, email: user.email };
}

/** Creates a body through the API and returns its detail view. */
export async function createBody(t: TestApp, writer: Session, payload: Record<string, unknown> = {}) {
  sequence += 1;
  const response = await t.as(writer, {
    method: 'POST',
    url: '/api/governance-bodies',
    payload: { type: 'steering_group', name: `Styrgrupp ${sequence}`, mandate: 'Leder samverkan', ...payload },
  });
  if (response.statusCode !== 201) throw new Error(`create body failed: ${response.body}`);
  return response.json() as { id: string; version: number; flagged: boolean; meetingCadenceMet: boolean; cadence: string };
}

/** Adds a member through the API and returns its view. */
export async function addMember(t: TestApp, writer: Session, bodyId: string, payload: { organisationId: string; userId?: string | null; name?: string }) {
  const response = await t.as(writer, {
    method: 'POST',
    url: `/api/governance-bodies/${bodyId}/members`,
    payload: { name: payload.name ?? 'Ledamot', roleTitle: 'Representant', ...payload },
  });
  if (response.statusCode !== 201) throw new Error(`add member failed: ${response.body}`);
  return response.json() as { id: string; version: number; active: boolean };
}

/**
 * A steering group of the city and a partner organisation, each represented by a logged-in
 * user: the city by a manager, the partner by a steering member (IOP-6).
 */
export async function jointSteeringGroup(t: TestApp, writer: Session) {
  const city = await makeOrganisation(t.database.db, { kind: 'public_body', name: `Arbetsmarknadsförvaltningen ${sequence}` });
  const partner = await makeOrganisation(t.database.db, { name: `Partnerföreningen ${sequence}` });
  const cityRep = await loginNewUser(t, ['manager']);
  const partnerRep = await loginNewUser(t, ['steering_member']);
  const body = await createBody(t, writer);
  const cityMember = await addMember(t, writer, body.id, { organisationId: city.id, userId: cityRep.userId, name: 'Stadens representant' });
  const partnerMember = await addMember(t, writer, body.id, { organisationId: partner.id, userId: partnerRep.userId, name: 'Partnerns representant' });
  return { body, city, partner, cityRep, partnerRep, cityMember, partnerMember };
}
