import { z } from 'zod';
import { int4, recordVersion } from '../http/number.schemas';
import { MEASUREMENT_DIMENSIONS } from './measurement.rules';

/** The largest value a cell takes: aggregates of people or money, far below any real count. */
export const MAX_MEASUREMENT_VALUE = 1_000_000_000_000;

const period = z.string().regex(/^\d{4}(-H[12])?$/, { error: 'validation.measurement.period' });
const dimension = z.enum(MEASUREMENT_DIMENSIONS).nullable();
const category = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'validation.measurement.category' }).nullable();

/** The year of a cooperation's measurements and, optionally, the cluster they are recorded for. */
export const measurementGridQuery = z.strictObject({
  year: z.coerce.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }),
  clusterId: z.uuid().optional(),
});
export type MeasurementGridQuery = z.infer<typeof measurementGridQuery>;

/** One cell as saved: a value (>= 0) or marked unknown; the total has neither dimension nor category (AGR-6). */
export const measurementCellInput = z
  .strictObject({
    indicatorId: z.uuid(),
    dimension,
    category,
    value: z.number().min(0).max(MAX_MEASUREMENT_VALUE).nullable(),
    unknown: z.boolean(),
  })
  .refine((c) => (c.dimension === null) === (c.category === null), { error: 'validation.measurement.breakdown', path: ['category'] })
  .refine((c) => c.unknown === (c.value === null), { error: 'validation.measurement.valueOrUnknown', path: ['value'] });
export type MeasurementCellInput = z.infer<typeof measurementCellInput>;

/**
 * Every cell of one period (and cluster) in one request; cells left out are not entered. The
 * version is the period's as last read (0 when nothing was saved yet), so a concurrent save is 409.
 */
export const saveMeasurementsInput = z.strictObject({
  period,
  clusterId: z.uuid().nullable(),
  version: recordVersion,
  cells: z.array(measurementCellInput).max(5_000),
});
export type SaveMeasurementsInput = z.infer<typeof saveMeasurementsInput>;

/** A breakdown category (reference data, AGR-6; focus groups 003 §7.1). */
export const measurementCategoryView = z.object({
  dimension: z.enum(MEASUREMENT_DIMENSIONS),
  code: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  position: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type MeasurementCategoryView = z.infer<typeof measurementCategoryView>;

const cellState = z.enum(['value', 'unknown', 'not_entered']);

/** A cell of the grid: value, unknown or not entered, with the previous period's cell beside it. */
export const measurementCellView = z.object({
  indicatorId: z.uuid(),
  period: z.string(),
  dimension,
  category: z.string().nullable(),
  state: cellState,
  value: z.number().nullable(),
  previous: z.object({ period: z.string(), state: cellState, value: z.number().nullable() }).nullable(),
});
export type MeasurementCellView = z.infer<typeof measurementCellView>;

/** A quantitative indicator of the plan with what its values are compared with. */
export const measuredIndicatorView = z.object({
  id: z.uuid(),
  goalTitle: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  direction: z.enum(['higher', 'lower']).nullable(),
});
export type MeasuredIndicatorView = z.infer<typeof measuredIndicatorView>;

/** One saved period's stamp: its version for the next save and who saved it last. */
export const measurementSheetView = z.object({
  period: z.string(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type MeasurementSheetView = z.infer<typeof measurementSheetView>;

/** A cooperation's measurements for a year (AGR-6): every quantitative indicator × period × breakdown. */
export const measurementGridView = z.object({
  cooperationId: z.uuid(),
  year: z.number().int(),
  clusterId: z.uuid().nullable(),
  plan: z.object({ id: z.uuid(), status: z.enum(['draft', 'proposed', 'adopted']), periodKind: z.enum(['semester', 'year']) }).nullable(),
  /** Whether cells may be saved: only against the year's adopted plan. */
  writable: z.boolean(),
  clusters: z.array(z.object({ id: z.uuid(), name: z.string() })),
  periods: z.array(z.string()),
  categories: z.array(measurementCategoryView),
  indicators: z.array(measuredIndicatorView),
  sheets: z.array(measurementSheetView),
  cells: z.array(measurementCellView),
});
export type MeasurementGridView = z.infer<typeof measurementGridView>;

const categoryName = z.string().trim().min(1, { error: 'validation.required' }).max(200);

/** A new breakdown category (admins; another municipality names its own target groups, AGR-6). */
export const createMeasurementCategoryInput = z.strictObject({
  dimension: z.enum(MEASUREMENT_DIMENSIONS),
  code: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'validation.measurement.category' }),
  nameSv: categoryName,
  nameEn: categoryName,
  position: int4().min(0).max(10_000),
});
export type CreateMeasurementCategoryInput = z.infer<typeof createMeasurementCategoryInput>;

/** Renaming, reordering or retiring a category, at the version read. */
export const updateMeasurementCategoryInput = z.strictObject({
  version: recordVersion,
  nameSv: categoryName.optional(),
  nameEn: categoryName.optional(),
  position: int4().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});
export type UpdateMeasurementCategoryInput = z.infer<typeof updateMeasurementCategoryInput>;

/** The path of one category. */
export const measurementCategoryParams = z.strictObject({
  dimension: z.enum(MEASUREMENT_DIMENSIONS),
  code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'validation.measurement.category' }),
});
