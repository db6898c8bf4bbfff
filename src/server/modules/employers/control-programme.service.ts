import type { ControlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import type { ControlProgramme } from '../../../shared/employers/employer-controls.rules';
import { addDays } from '../../../shared/lifecycle/termination.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import type { RequestContext } from '../../http/request-context';
import { findControlProgrammes } from './control-programme.repository';

/** The programmes as the control rules take them (EMP-2). */
export async function readControlProgrammes(db: Db): Promise<ControlProgramme[]> {
  const rows = await findControlProgrammes(db);
  return rows.map((p) => ({
    code: p.code,
    name: p.name,
    validFrom: p.valid_from,
    controls: p.controls.map((c) => ({ code: c.code, nameSv: c.name_sv, nameEn: c.name_en, recheckMonths: c.recheck_months, mayNotApply: c.may_not_apply })),
  }));
}

/** The procurement programmes and their controls, each with the day before the next one begins as its last (EMP-2). */
export async function listControlProgrammes(db: Db, ctx: RequestContext): Promise<ControlProgrammeView[]> {
  assertPermitted(ctx.actor, 'reference.read');
  const programmes = await readControlProgrammes(db);
  return programmes.map((p, i) => {
    const next = programmes[i + 1];
    return { code: p.code, name: p.name, validFrom: p.validFrom, validTo: next ? addDays(next.validFrom, -1) : null, controls: [...p.controls] };
  });
}
