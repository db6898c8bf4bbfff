import { sql } from 'kysely';
import type { DatedValue } from '../../../shared/cooperations/thresholds.rules';
import { VIDA_RATE_CODE } from '../../../shared/followup/vida.rules';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';
import type { VidaPayoutRow } from '../../db/schema-vida';

/** A payout with the names and numbers its views and the export print. */
export type VidaPayoutListRow = Omit<VidaPayoutRow, 'exception_at' | 'created_at' | 'updated_at'> & {
  exception_at_iso: string | null;
  case_number: string;
  cooperation_title: string;
  organisation_name: string;
  org_number: string | null;
  bankgiro: string | null;
  plusgiro: string | null;
  exception_by_name: string | null;
};

function payoutQuery(db: Db) {
  return db
    .selectFrom('vida_payout as p')
    .innerJoin('cooperation as c', 'c.id', 'p.cooperation_id')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'p.exception_by')
    .select([
      'p.id',
      'p.cooperation_id',
      'p.organisation_id',
      'p.period_year',
      'p.period_half',
      'p.period_start',
      'p.participants',
      'p.occasions',
      'p.rate_sek',
      'p.rate_valid_from',
      'p.amount_sek',
      'p.exception_motivation',
      'p.exception_by',
      isoTimestamp('p.exception_at').as('exception_at_iso'),
      'p.note',
      'p.created_by',
      'p.version',
      'c.case_number',
      'c.title as cooperation_title',
      'o.name as organisation_name',
      'o.org_number',
      'o.bankgiro',
      'o.plusgiro',
      'u.name as exception_by_name',
    ]);
}

/** The payouts of one semester, by association name then case number. */
export function findPayoutsOfPeriod(db: Db, year: number, half: 'spring' | 'autumn'): Promise<VidaPayoutListRow[]> {
  return payoutQuery(db)
    .where('p.period_year', '=', year)
    .where('p.period_half', '=', half)
    .orderBy(sql`lower(o.name)`)
    .orderBy('c.case_number')
    .orderBy('p.id')
    .execute() as Promise<VidaPayoutListRow[]>;
}

/** One payout with its names and numbers. */
export function findPayoutById(db: Db, id: string): Promise<VidaPayoutListRow | undefined> {
  return payoutQuery(db).where('p.id', '=', id).executeTakeFirst() as Promise<VidaPayoutListRow | undefined>;
}

/** The cooperation a payout is made through: its form, status and responsible manager. */
export function findCooperationForPayout(
  db: Db,
  id: string,
): Promise<{ id: string; form: string; status: string; responsible_manager_id: string | null } | undefined> {
  return db.selectFrom('cooperation').select(['id', 'form', 'status', 'responsible_manager_id']).where('id', '=', id).executeTakeFirst();
}

/** True when the organisation is a party of the cooperation. */
export async function isCooperationParty(db: Db, cooperationId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cooperation_party')
    .select('organisation_id')
    .where('cooperation_id', '=', cooperationId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The dated VIDA rates, oldest first. */
export async function findVidaRates(db: Db): Promise<DatedValue[]> {
  const rows = await db
    .selectFrom('threshold')
    .select(['code', 'valid_from', 'amount_sek'])
    .where('code', '=', VIDA_RATE_CODE)
    .orderBy('valid_from')
    .execute();
  return rows.map((r) => ({ code: r.code, validFrom: r.valid_from, amountSek: Number(r.amount_sek) }));
}

/** Every cooperation of form VIDA with its responsible manager's name, by case number. */
export function findVidaCooperations(
  db: Db,
): Promise<{ id: string; case_number: string; title: string; status: string; responsible_manager_id: string | null; manager_name: string | null }[]> {
  return db
    .selectFrom('cooperation as c')
    .leftJoin('app_user as u', 'u.id', 'c.responsible_manager_id')
    .select(['c.id', 'c.case_number', 'c.title', 'c.status', 'c.responsible_manager_id', 'u.name as manager_name'])
    .where('c.form', '=', 'vida')
    .orderBy('c.case_number')
    .execute();
}

/** The associations (parties) of the given cooperations with their payment numbers. */
export function findPartiesOf(
  db: Db,
  cooperationIds: string[],
): Promise<{ cooperation_id: string; id: string; name: string; org_number: string | null; bankgiro: string | null; plusgiro: string | null }[]> {
  if (cooperationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cooperation_party as cp')
    .innerJoin('organisation as o', 'o.id', 'cp.organisation_id')
    .select(['cp.cooperation_id', 'o.id', 'o.name', 'o.org_number', 'o.bankgiro', 'o.plusgiro'])
    .where('cp.cooperation_id', 'in', cooperationIds)
    .orderBy(sql`lower(o.name)`)
    .execute();
}

export type NewVidaPayout = {
  cooperationId: string;
  organisationId: string;
  year: number;
  half: 'spring' | 'autumn';
  periodStart: string;
  participants: number;
  occasions: number;
  rateSek: number;
  rateValidFrom: string;
  amountSek: number;
  exception: { motivation: string; by: string | null } | null;
  note: string | null;
  createdBy: string | null;
};

/** Inserts a payout; undefined when the association already has one for that cooperation and period. */
export async function insertPayout(db: Db, p: NewVidaPayout): Promise<string | undefined> {
  const row = await db
    .insertInto('vida_payout')
    .values({
      cooperation_id: p.cooperationId,
      organisation_id: p.organisationId,
      period_year: p.year,
      period_half: p.half,
      period_start: p.periodStart,
      participants: p.participants,
      occasions: p.occasions,
      rate_sek: p.rateSek,
      rate_valid_from: p.rateValidFrom,
      amount_sek: p.amountSek,
      exception_motivation: p.exception?.motivation ?? null,
      exception_by: p.exception ? p.exception.by : null,
      exception_at: p.exception ? sql<Date>`now()` as never : null,
      note: p.note,
      created_by: p.createdBy,
    })
    .onConflict((oc) => oc.columns(['cooperation_id', 'organisation_id', 'period_year', 'period_half']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes a payout if its version matches; false otherwise. */
export async function updatePayoutIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: {
    participants: number;
    occasions: number;
    amountSek: number;
    note: string | null;
    exception: { motivation: string; by: string | null; keepStamp: boolean } | null;
  },
): Promise<boolean> {
  const exceptionColumns = changes.exception
    ? changes.exception.keepStamp
      ? {}
      : { exception_motivation: changes.exception.motivation, exception_by: changes.exception.by, exception_at: sql<Date>`now()` as never }
    : { exception_motivation: null, exception_by: null, exception_at: null };
  const result = await db
    .updateTable('vida_payout')
    .set({
      participants: changes.participants,
      occasions: changes.occasions,
      amount_sek: changes.amountSek,
      note: changes.note,
      ...exceptionColumns,
      updated_at: sql<Date>`now()` as never,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a payout. */
export async function deletePayout(db: Db, id: string): Promise<void> {
  await db.deleteFrom('vida_payout').where('id', '=', id).execute();
}
