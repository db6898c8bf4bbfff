import type { CreateMeasurementCategoryInput, MeasurementCategoryView, UpdateMeasurementCategoryInput } from '../../../shared/followup/measurement.schemas';
import type { Db } from '../../db/database';
import type { MeasurementDimension } from '../../db/schema-measurements';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findMeasurementCategory, insertMeasurementCategory, updateMeasurementCategoryIfVersion } from './measurement-category.repository';
import { findMeasurementCategories } from './measurement.repository';
import { categoryView } from './measurement.service';

/** Every breakdown category, retired ones too (AGR-6 reference data). */
export async function listMeasurementCategories(db: Db, ctx: RequestContext): Promise<MeasurementCategoryView[]> {
  assertPermitted(ctx.actor, 'measurements.read');
  return (await findMeasurementCategories(db)).map(categoryView);
}

/** Adds a breakdown category (admins), so another municipality can measure its own target groups; 409 when the code is taken. */
export async function createMeasurementCategory(db: Db, ctx: RequestContext, input: CreateMeasurementCategoryInput): Promise<MeasurementCategoryView> {
  assertPermitted(ctx.actor, 'reference.manage');
  return db.transaction().execute(async (trx) => {
    const row = await insertMeasurementCategory(trx, { dimension: input.dimension, code: input.code, name_sv: input.nameSv, name_en: input.nameEn, position: input.position });
    if (!row) throw new DomainError('measurement_category_exists');
    const view = categoryView(row);
    await recordAudit(trx, ctx, { action: 'measurement-category.created', entityType: 'measurement_category', entityId: `${row.dimension}/${row.code}`, after: view });
    return view;
  });
}

/** Renames, reorders or retires a category at the version read (409 when stale); stored cells keep their category. */
export async function updateMeasurementCategory(
  db: Db,
  ctx: RequestContext,
  key: { dimension: MeasurementDimension; code: string },
  input: UpdateMeasurementCategoryInput,
): Promise<MeasurementCategoryView> {
  assertPermitted(ctx.actor, 'reference.manage');
  return db.transaction().execute(async (trx) => {
    const before = found(await findMeasurementCategory(trx, key.dimension, key.code));
    const after = await updateMeasurementCategoryIfVersion(trx, key, input.version, {
      ...(input.nameSv !== undefined ? { name_sv: input.nameSv } : {}),
      ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    });
    if (!after) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'measurement-category.updated',
      entityType: 'measurement_category',
      entityId: `${key.dimension}/${key.code}`,
      before: categoryView(before),
      after: categoryView(after),
    });
    return categoryView(after);
  });
}
