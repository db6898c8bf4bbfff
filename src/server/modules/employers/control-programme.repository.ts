import type { Db } from '../../db/database';

/** Every procurement programme with its controls, oldest first, controls in their order (EMP-2). */
export async function findControlProgrammes(db: Db) {
  const [programmes, controls] = await Promise.all([
    db.selectFrom('employer_control_programme').select(['code', 'name', 'valid_from']).orderBy('valid_from').execute(),
    db.selectFrom('employer_control').selectAll().orderBy('programme_code').orderBy('position').execute(),
  ]);
  return programmes.map((p) => ({ ...p, controls: controls.filter((c) => c.programme_code === p.code) }));
}
