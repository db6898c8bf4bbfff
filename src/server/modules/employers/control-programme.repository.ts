import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Every procurement programme with its controls, oldest first, controls in their order (EMP-2). */
export async function findControlProgrammes(db: Db) {
  const [programmes, controls] = await Promise.all([
    db.selectFrom('employer_control_programme').select(['code', 'name', 'valid_from']).orderBy('valid_from').execute(),
    db.selectFrom('employer_control').selectAll().orderBy('programme_code').orderBy('position').execute(),
  ]);
  return programmes.map((p) => ({ ...p, controls: controls.filter((c) => c.programme_code === p.code) }));
}

/** Stores a new programme and its controls in their order (EMP-2). */
export async function insertControlProgramme(
  db: Db,
  programme: { code: string; name: string; validFrom: string; controls: { code: string; nameSv: string; nameEn: string; recheckMonths: number | null; mayNotApply: boolean }[] },
): Promise<void> {
  await db.insertInto('employer_control_programme').values({ code: programme.code, name: programme.name, valid_from: programme.validFrom }).execute();
  await db
    .insertInto('employer_control')
    .values(
      programme.controls.map((c, i) => ({
        programme_code: programme.code,
        code: c.code,
        name_sv: c.nameSv,
        name_en: c.nameEn,
        recheck_months: c.recheckMonths,
        may_not_apply: c.mayNotApply,
        position: i + 1,
      })),
    )
    .execute();
}

/** One control of a programme, locked for a change of its interval. */
export function findControlForUpdate(db: Db, programmeCode: string, controlCode: string) {
  return db.selectFrom('employer_control').selectAll().where('programme_code', '=', programmeCode).where('code', '=', controlCode).forUpdate().executeTakeFirst();
}

/** Sets a control's re-check interval (null: the default). */
export async function updateControlRecheckMonths(db: Db, programmeCode: string, controlCode: string, recheckMonths: number | null): Promise<void> {
  await db.updateTable('employer_control').set({ recheck_months: recheckMonths }).where('programme_code', '=', programmeCode).where('code', '=', controlCode).execute();
}

/** Serialises additions of programmes, so that two cannot both take the latest date. */
export async function lockProgrammes(db: Db): Promise<void> {
  await sql`LOCK TABLE employer_control_programme IN SHARE ROW EXCLUSIVE MODE`.execute(db);
}
