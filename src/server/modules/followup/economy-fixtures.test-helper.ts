import { makeOrganisation } from '../../../../tests/support/factories';
import type { TestApp } from '../../../../tests/support/test-app';
import type { CooperationForm } from '../../../shared/cooperations/forms';

let sequence = 0;

/** Inserts a cooperation of a form with two parties (the city and an association); returns their ids. */
export async function insertEconomyCooperation(
  t: TestApp,
  form: CooperationForm = 'iop',
): Promise<{ cooperationId: string; city: { id: string; name: string }; association: { id: string; name: string } }> {
  sequence += 1;
  const db = t.database.db;
  const row = await db
    .insertInto('cooperation')
    .values({ case_number: `EKO ${2100 + sequence}-${String(sequence).padStart(4, '0')}`, case_year: 2100 + sequence, case_sequence: sequence, title: 'IOP om läxhjälp', form })
    .returning('id')
    .executeTakeFirstOrThrow();
  const city = await makeOrganisation(db, { kind: 'public_body', name: `Arbetsmarknadsförvaltningen ${sequence}` });
  const association = await makeOrganisation(db, { name: `Läxhjälpsföreningen ${sequence}` });
  await db.insertInto('cooperation_party').values([{ cooperation_id: row.id, organisation_id: city.id }, { cooperation_id: row.id, organisation_id: association.id }]).execute();
  return { cooperationId: row.id, city, association };
}

/** Inserts an agreement whose current version budgets these economy rows (the agreements slice is tested on its own). */
export async function insertBudget(
  t: TestApp,
  cooperationId: string,
  economy: { year: number; organisationId: string; moneySek: number; inKindSek: number }[],
  versions = 1,
): Promise<string> {
  const db = t.database.db;
  const agreement = await db
    .insertInto('agreement')
    .values({ cooperation_id: cooperationId, title: 'Avtal om läxhjälp', status: 'signed', current_version: versions, created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let number = 1; number <= versions; number += 1) {
    // Earlier versions budget ten times as much: only the current version counts.
    const rows = number === versions ? economy : economy.map((r) => ({ ...r, moneySek: r.moneySek * 10 }));
    await db
      .insertInto('agreement_version')
      .values({ agreement_id: agreement.id, number, terms: '{}', parties: '[]', economy: JSON.stringify(rows), created_at: new Date() })
      .execute();
  }
  return agreement.id;
}

/** Inserts a steering group governing the cooperation with one meeting on a date; returns the meeting's id. */
export async function insertSteeringMeeting(t: TestApp, cooperationId: string | null, meetingDate: string): Promise<string> {
  const db = t.database.db;
  sequence += 1;
  const body = await db
    .insertInto('governance_body')
    .values({ type: 'steering_group', name: `Styrgrupp för läxhjälp ${sequence}`, created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (cooperationId) await db.insertInto('governance_body_cooperation').values({ body_id: body.id, cooperation_id: cooperationId }).execute();
  const meeting = await db
    .insertInto('governance_meeting')
    .values({ body_id: body.id, meeting_date: meetingDate, created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return meeting.id;
}
