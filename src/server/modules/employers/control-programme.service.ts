import type { ControlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import type { CreateControlProgrammeInput, UpdateControlInput } from '../../../shared/employers/employer-control.schemas';
import type { ControlProgramme } from '../../../shared/employers/employer-controls.rules';
import { addDays } from '../../../shared/lifecycle/termination.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findControlProgrammes, findControlForUpdate, insertControlProgramme, lockProgrammes, updateControlRecheckMonths } from './control-programme.repository';

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

/**
 * Adds a procurement programme with its controls (EMP-2): in force from its date, which must come
 * after every earlier programme's, so that a new programme changes the controls from its date
 * without code and the checks made under the earlier ones keep their meaning. Nothing is deleted.
 */
export async function createControlProgramme(db: Db, ctx: RequestContext, input: CreateControlProgrammeInput): Promise<ControlProgrammeView[]> {
  assertPermitted(ctx.actor, 'reference.manage');
  await db.transaction().execute(async (trx) => {
    await lockProgrammes(trx);
    const programmes = await readControlProgrammes(trx);
    const errors: { path: string; message: string }[] = [];
    if (programmes.some((p) => p.code === input.code)) errors.push({ path: 'code', message: 'validation.employerControl.programmeTaken' });
    if (programmes.some((p) => p.validFrom >= input.validFrom)) errors.push({ path: 'validFrom', message: 'validation.employerControl.programmeValidFrom' });
    input.controls.forEach((c, i) => {
      if (input.controls.findIndex((o) => o.code === c.code) !== i) errors.push({ path: `controls.${i}.code`, message: 'validation.employerControl.codeTaken' });
    });
    if (errors.length > 0) throw new DomainError('validation_failed', { errors });
    await insertControlProgramme(trx, input);
    await recordAudit(trx, ctx, {
      action: 'employer-control-programme.created',
      entityType: 'employer_control_programme',
      entityId: input.code,
      after: { ...input },
    });
  });
  return listControlProgrammes(db, ctx);
}

/** Changes how long a passing check of a control holds (EMP-2); the checks are judged by it from now on. */
export async function updateControl(db: Db, ctx: RequestContext, programmeCode: string, controlCode: string, input: UpdateControlInput): Promise<ControlProgrammeView[]> {
  assertPermitted(ctx.actor, 'reference.manage');
  await db.transaction().execute(async (trx) => {
    const control = found(await findControlForUpdate(trx, programmeCode, controlCode));
    if (control.recheck_months === input.recheckMonths) return;
    await updateControlRecheckMonths(trx, programmeCode, controlCode, input.recheckMonths);
    await recordAudit(trx, ctx, {
      action: 'employer-control.interval-changed',
      entityType: 'employer_control_programme',
      entityId: programmeCode,
      before: { control: controlCode, recheckMonths: control.recheck_months },
      after: { control: controlCode, recheckMonths: input.recheckMonths },
    });
  });
  return listControlProgrammes(db, ctx);
}
