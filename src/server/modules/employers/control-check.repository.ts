import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';

/**
 * The checks that count for each of the employers (EMP-2, EMP-3): every check recorded after the
 * employer's latest reset (an immediate termination), oldest first. Employers without checks are
 * absent from the result.
 */
export async function findCountingChecks(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('employer_control_check as c')
    .select([
      'c.id',
      'c.organisation_id',
      'c.programme_code',
      'c.control_code',
      'c.result',
      'c.collective_agreement',
      'c.evidence_reference',
      'c.evidence_file_id',
      'c.note',
      'c.checked_on',
      'c.valid_until',
      'c.checked_by',
      isoTimestamp('c.recorded_at').as('recorded_at'),
    ])
    .where('c.organisation_id', 'in', [...organisationIds])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('employer_control_reset as r')
            .select(sql`1`.as('one'))
            .whereRef('r.organisation_id', '=', 'c.organisation_id')
            .whereRef('r.reset_at', '>=', 'c.recorded_at'),
        ),
      ),
    )
    .orderBy('c.checked_on')
    .orderBy('c.recorded_at')
    .execute();
}

/** The organisation whose controls are read or recorded: its name and kind (controls are for employers). */
export function findControlledOrganisation(db: Db, organisationId: string) {
  return db.selectFrom('organisation').select(['id', 'name', 'kind']).where('id', '=', organisationId).executeTakeFirst();
}

/**
 * Every check of an employer's controls, newest first, with the checker's name and the evidence
 * file's name; `counts` is false for checks recorded at or before the latest reset (EMP-3).
 */
export async function findControlHistory(db: Db, organisationId: string) {
  return db
    .selectFrom('employer_control_check as c')
    .leftJoin('app_user as u', 'u.id', 'c.checked_by')
    .leftJoin('file as f', 'f.id', 'c.evidence_file_id')
    .select([
      'c.id',
      'c.programme_code',
      'c.control_code',
      'c.result',
      'c.collective_agreement',
      'c.evidence_reference',
      'c.evidence_file_id',
      'f.original_name as evidence_file_name',
      'c.note',
      'c.checked_on',
      'c.valid_until',
      'c.checked_by',
      'u.name as checked_by_name',
      isoTimestamp('c.recorded_at').as('recorded_at'),
    ])
    .select(({ exists, selectFrom }) =>
      exists(
        selectFrom('employer_control_reset as r')
          .select(sql`1`.as('one'))
          .whereRef('r.organisation_id', '=', 'c.organisation_id')
          .whereRef('r.reset_at', '>=', 'c.recorded_at'),
      ).as('voided'),
    )
    .where('c.organisation_id', '=', organisationId)
    .orderBy('c.checked_on', 'desc')
    .orderBy('c.recorded_at', 'desc')
    .execute();
}

/** The employer's latest reset of its controls (EMP-3), if any. */
export function findLatestReset(db: Db, organisationId: string) {
  return db
    .selectFrom('employer_control_reset')
    .select(['id', 'reason', 'cooperation_id', isoTimestamp('reset_at').as('reset_at')])
    .where('organisation_id', '=', organisationId)
    .orderBy('reset_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Stores one check of one control (EMP-2); returns its id. */
export async function insertControlCheck(
  db: Db,
  values: {
    organisationId: string;
    programmeCode: string;
    controlCode: string;
    result: 'pass' | 'fail' | 'not_applicable';
    collectiveAgreement: 'yes' | 'no' | 'equivalent_terms' | null;
    evidenceReference: string | null;
    evidenceFileId: string | null;
    note: string | null;
    checkedOn: string;
    validUntil: string;
    checkedBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('employer_control_check')
    .values({
      organisation_id: values.organisationId,
      programme_code: values.programmeCode,
      control_code: values.controlCode,
      result: values.result,
      collective_agreement: values.collectiveAgreement,
      evidence_reference: values.evidenceReference,
      evidence_file_id: values.evidenceFileId,
      note: values.note,
      checked_on: values.checkedOn,
      valid_until: values.validUntil,
      checked_by: values.checkedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The uploader of a file and whether it already is evidence of a control check or a termination. */
export async function findEvidenceFileUse(db: Db, fileId: string) {
  return db
    .selectFrom('file as f')
    .select(['f.id', 'f.uploaded_by', 'f.original_name'])
    .select(({ exists, selectFrom, or }) =>
      or([
        exists(selectFrom('employer_control_check').select(sql`1`.as('one')).where('evidence_file_id', '=', fileId)),
        exists(selectFrom('cooperation_termination').select(sql`1`.as('one')).where('evidence_file_id', '=', fileId)),
      ]).as('used'),
    )
    .where('f.id', '=', fileId)
    .executeTakeFirst();
}

/** The evidence file of one of the employer's checks. */
export function findCheckEvidenceFileId(db: Db, organisationId: string, checkId: string) {
  return db
    .selectFrom('employer_control_check')
    .select(['id', 'evidence_file_id'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', checkId)
    .executeTakeFirst();
}

/** Resets the controls of the employers (EMP-3): their earlier checks count for nothing from now. */
export async function insertControlResets(db: Db, rows: { organisationId: string; cooperationId: string; reason: string; createdBy: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('employer_control_reset')
    .values(rows.map((r) => ({ organisation_id: r.organisationId, cooperation_id: r.cooperationId, reason: r.reason, created_by: r.createdBy })))
    .execute();
}
