import { makeOrganisation } from '../../../../tests/support/factories';
import type { TestApp } from '../../../../tests/support/test-app';
import { ARBETSFORMEDLINGEN_ORG_NUMBER } from '../../../shared/deviations/deviation.rules';
import { addDays } from '../../../shared/lifecycle/termination.rules';
import type { Db } from '../../db/database';

let sequence = 0;

/** Inserts a cooperation of a form with the organisations as parties (the cooperations slice is tested on its own). */
export async function insertCooperationOf(db: Db, form: string, partyIds: readonly string[], options: { title?: string; status?: string } = {}): Promise<string> {
  sequence += 1;
  const row = await db
    .insertInto('cooperation')
    .values({
      case_number: `EMP ${3000 + sequence}-${String(sequence).padStart(4, '0')}`,
      case_year: 3000 + sequence,
      case_sequence: sequence,
      title: options.title ?? `Jobbpartnerskap ${sequence}`,
      form,
      status: options.status ?? 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (partyIds.length > 0) await db.insertInto('cooperation_party').values(partyIds.map((organisation_id) => ({ cooperation_id: row.id, organisation_id }))).execute();
  return row.id;
}

/** An employer (an organisation of kind employer). */
export async function makeEmployer(db: Db, name?: string): Promise<{ id: string; name: string }> {
  sequence += 1;
  return makeOrganisation(db, { kind: 'employer', name: name ?? `Arbetsgivaren ${sequence} AB` });
}

/**
 * Records a passing, documented check of every control of the programme in force for the employer
 * (EMP-2), as the control recording would; the checks count from today for the controls' interval.
 */
export async function passEmployerControls(db: Db, organisationId: string, today: string): Promise<void> {
  const programme = await db.selectFrom('employer_control_programme').select('code').where('valid_from', '<=', today).orderBy('valid_from', 'desc').executeTakeFirstOrThrow();
  const controls = await db.selectFrom('employer_control').select(['code', 'recheck_months']).where('programme_code', '=', programme.code).execute();
  await db
    .insertInto('employer_control_check')
    .values(
      controls.map((c) => ({
        organisation_id: organisationId,
        programme_code: programme.code,
        control_code: c.code,
        result: 'pass' as const,
        collective_agreement: c.code === 'collective_agreement' ? ('yes' as const) : null,
        evidence_reference: 'Utdrag ur skattekontot och intyg från Kronofogden',
        checked_on: today,
        valid_until: addDays(today, 30 * (c.recheck_months ?? 12)),
      })),
    )
    .execute();
}

/**
 * The cooperation agreement with Arbetsförmedlingen (a 'public_agreement' whose party is
 * Arbetsförmedlingen) and one of its working groups.
 */
export async function insertAfAgreement(t: TestApp): Promise<{ cooperationId: string; workingGroupId: string; afId: string }> {
  const db = t.database.db;
  const existing = await db.selectFrom('organisation').select('id').where('org_number', '=', ARBETSFORMEDLINGEN_ORG_NUMBER).executeTakeFirst();
  const afId = existing?.id ?? (await makeOrganisation(db, { kind: 'public_body', name: 'Arbetsförmedlingen', orgNumber: ARBETSFORMEDLINGEN_ORG_NUMBER })).id;
  const cooperationId = await insertCooperationOf(db, 'public_agreement', [afId], { title: 'Samverkan med Arbetsförmedlingen' });
  const body = await db
    .insertInto('governance_body')
    .values({ type: 'working_group', name: 'Arbetsgrupp för regionalt samarbete med arbetsgivare' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('governance_body_cooperation').values({ body_id: body.id, cooperation_id: cooperationId }).execute();
  return { cooperationId, workingGroupId: body.id, afId };
}
