import type { Updateable } from 'kysely';
import type { CycleTaskPlan } from '../../../shared/governance/cycle.rules';
import type { Db } from '../../db/database';
import type { GovernanceCycleTaskRow, GovernanceCycleTaskTable } from '../../db/schema-governance-structure';

/** A cycle task with who completed it and the annex its plan went into. */
export type CycleTaskWithRefs = GovernanceCycleTaskRow & {
  done_by_name: string | null;
  annex_agreement_id: string | null;
  annex_number: number | null;
  annex_title: string | null;
};

/**
 * Creates the year's tasks that do not exist yet. The unique (body, year, kind) constraint makes
 * this safe when two readers open the same body at once: the second insert does nothing.
 */
export async function insertMissingCycleTasks(db: Db, bodyId: string, plans: CycleTaskPlan[]): Promise<void> {
  if (plans.length === 0) return;
  await db
    .insertInto('governance_cycle_task')
    .values(plans.map((p) => ({ body_id: bodyId, cycle_year: p.cycleYear, kind: p.kind, due_on: p.dueOn })))
    .onConflict((oc) => oc.columns(['body_id', 'cycle_year', 'kind']).doNothing())
    .execute();
}

function tasksWithRefs(db: Db) {
  return db
    .selectFrom('governance_cycle_task as t')
    .leftJoin('app_user as u', 'u.id', 't.done_by')
    .leftJoin('agreement_annex as a', 'a.id', 't.annex_id')
    .selectAll('t')
    .select(['u.name as done_by_name', 'a.agreement_id as annex_agreement_id', 'a.number as annex_number', 'a.title as annex_title']);
}

/** A body's tasks of one year, spring follow-up before autumn plan. */
export function findCycleTasks(db: Db, bodyId: string, year: number): Promise<CycleTaskWithRefs[]> {
  return tasksWithRefs(db).where('t.body_id', '=', bodyId).where('t.cycle_year', '=', year).orderBy('t.due_on').orderBy('t.kind').execute();
}

/** One task with its references. */
export function findCycleTaskWithRefs(db: Db, id: string): Promise<CycleTaskWithRefs | undefined> {
  return tasksWithRefs(db).where('t.id', '=', id).executeTakeFirst();
}

/** One task, locked for a change when asked. */
export function findCycleTaskById(db: Db, id: string, forUpdate = false): Promise<GovernanceCycleTaskRow | undefined> {
  const query = db.selectFrom('governance_cycle_task').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** Applies changes when the task is still at the given version; false when someone else got there first. */
export async function updateCycleTaskIfVersion(db: Db, id: string, version: number, changes: Updateable<GovernanceCycleTaskTable>): Promise<boolean> {
  const result = await db
    .updateTable('governance_cycle_task')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The forms of the cooperations a body governs (an IOP body keeps the annual cycle). */
export async function findLinkedForms(db: Db, bodyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('cooperation as c', 'c.id', 'l.cooperation_id')
    .select('c.form')
    .where('l.body_id', '=', bodyId)
    .execute();
  return rows.map((r) => r.form);
}

/**
 * The agreement the body's adopted plans are annexed to: of the IOP cooperations the body
 * governs, the agreement in force or in preparation (not terminated), the earliest case first
 * and the newest agreement of a case first, so the choice is stable.
 */
export function findLinkedIopAgreement(
  db: Db,
  bodyId: string,
): Promise<{ id: string; title: string; cooperation_id: string; case_number: string } | undefined> {
  return db
    .selectFrom('governance_body_cooperation as l')
    .innerJoin('cooperation as c', 'c.id', 'l.cooperation_id')
    .innerJoin('agreement as a', 'a.cooperation_id', 'c.id')
    .select(['a.id', 'a.title', 'a.cooperation_id', 'c.case_number'])
    .where('l.body_id', '=', bodyId)
    .where('c.form', '=', 'iop')
    .where('a.status', '<>', 'terminated')
    .orderBy('c.case_number')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .executeTakeFirst();
}

/** An annex of an agreement by its exact title (the yearly plan annex is found again by title). */
export function findAnnexByTitle(db: Db, agreementId: string, title: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('agreement_annex').select('id').where('agreement_id', '=', agreementId).where('title', '=', title).orderBy('number').executeTakeFirst();
}
