import type { CycleTaskKind } from '../../../shared/governance/cycle.rules';
import type { Db } from '../../db/database';
import type { GovernanceCycleTaskRow } from '../../db/schema-governance-structure';

/** A body's task of one kind and year, locked for a change. */
export function findCycleTaskOfKindForUpdate(db: Db, bodyId: string, cycleYear: number, kind: CycleTaskKind): Promise<GovernanceCycleTaskRow | undefined> {
  return db
    .selectFrom('governance_cycle_task')
    .selectAll()
    .where('body_id', '=', bodyId)
    .where('cycle_year', '=', cycleYear)
    .where('kind', '=', kind)
    .forUpdate()
    .executeTakeFirst();
}
