import {
  closingDateFor,
  type DatedDistrict,
  type DistrictSuccession,
  districtCodeFromName,
  validateSuccession,
} from '../../../shared/organisations/district-history.rules';
import type { DistrictHistoryView, RecordDistrictSuccessionInput } from '../../../shared/organisations/district-history.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  closeDistricts,
  findAllDistricts,
  findDistrictSuccessions,
  insertDistrict,
  insertSuccessions,
  lockDistricts,
} from './district-history.repository';

async function readHistory(db: Db): Promise<{ districts: DistrictHistoryView[]; dated: DatedDistrict[]; successions: DistrictSuccession[] }> {
  const [rows, successionRows] = await Promise.all([findAllDistricts(db), findDistrictSuccessions(db)]);
  const successions = successionRows.map((s) => ({ predecessorCode: s.predecessor_code, successorCode: s.successor_code, effectiveOn: s.effective_on }));
  const districts = rows.map((d) => ({
    code: d.code,
    nameSv: d.name_sv,
    sortOrder: d.sort_order,
    validFrom: d.valid_from,
    validTo: d.valid_to,
    successors: successions.filter((s) => s.predecessorCode === d.code).map((s) => ({ code: s.successorCode, effectiveOn: s.effectiveOn })),
  }));
  return { districts, dated: districts.map(({ code, validFrom, validTo }) => ({ code, validFrom, validTo })), successions };
}

/** Every district, ended ones included, with its validity and successors (AGR-9), so history stays readable. */
export async function listDistrictHistory(db: Db, ctx: RequestContext): Promise<DistrictHistoryView[]> {
  assertPermitted(ctx.actor, 'reference.read');
  return (await readHistory(db)).districts;
}

/**
 * Records a merger or split (AGR-9) in one transaction: creates the successor if it is new (valid
 * from the effective date), ends the predecessors the day before and records the successions.
 */
export async function recordDistrictSuccession(db: Db, ctx: RequestContext, input: RecordDistrictSuccessionInput): Promise<DistrictHistoryView[]> {
  assertPermitted(ctx.actor, 'reference.manage');
  return db.transaction().execute(async (trx) => {
    await lockDistricts(trx);
    const before = await readHistory(trx);
    const code = input.successor.code ?? districtCodeFromName(input.successor.nameSv ?? '');
    const isNew = !before.dated.some((d) => d.code === code);
    // A successor named as new must be new: a name that gives an existing district's code would
    // otherwise quietly make that district the successor.
    if (!input.successor.code && !isNew) {
      throw new DomainError('validation_failed', { errors: [{ path: 'successor.nameSv', message: 'validation.district.nameTaken' }] });
    }
    if (isNew && !input.successor.nameSv) {
      throw new DomainError('validation_failed', { errors: [{ path: 'successor.nameSv', message: 'validation.name.required' }] });
    }
    if (code === '') throw new DomainError('validation_failed', { errors: [{ path: 'successor.nameSv', message: 'validation.district.code' }] });
    const problems = validateSuccession(before.dated, before.successions, {
      effectiveOn: input.effectiveOn,
      predecessors: input.predecessors,
      successor: { code, isNew },
    });
    if (problems.length > 0) throw new DomainError('validation_failed', { errors: problems });

    if (isNew) await insertDistrict(trx, { code, nameSv: input.successor.nameSv!, validFrom: input.effectiveOn });
    await closeDistricts(trx, input.predecessors, closingDateFor(input.effectiveOn));
    await insertSuccessions(trx, input.predecessors, code, input.effectiveOn);
    const after = await readHistory(trx);
    await recordAudit(trx, ctx, {
      action: 'district.succession.recorded',
      entityType: 'district',
      entityId: code,
      data: { effectiveOn: input.effectiveOn, predecessors: input.predecessors, successor: code, successorCreated: isNew },
    });
    return after.districts;
  });
}
