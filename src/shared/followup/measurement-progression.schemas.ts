import { z } from 'zod';
import { int4, recordVersion } from '../http/number.schemas';

const year = z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' });
const count = int4().min(0).nullable();
const indicatorRef = z.uuid().nullable();

/** The year of a cooperation's cluster progression. */
export const clusterProgressionQuery = z.strictObject({
  year: z.coerce.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }),
});

/**
 * A cluster's local mapping of unemployment for a year (003 §7.1): the recorded figures, a text,
 * and which of the plan's indicators count the participants and those who start work or studies.
 */
export const saveClusterMappingInput = z.strictObject({
  year,
  version: recordVersion,
  unemployed: count,
  unemployedWomen: count,
  unemployedMen: count,
  description: z
    .string()
    .trim()
    .max(10_000)
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  participantsIndicatorId: indicatorRef,
  startedWorkIndicatorId: indicatorRef,
  startedStudiesIndicatorId: indicatorRef,
});
export type SaveClusterMappingInput = z.infer<typeof saveClusterMappingInput>;

const yearFigure = z.object({ value: z.number().nullable(), complete: z.boolean() }).nullable();

/** One cluster's mapping, its yearly figures from the measurements and its progression. */
export const clusterProgressionItemView = z.object({
  cluster: z.object({ id: z.uuid(), name: z.string() }),
  mapping: z
    .object({
      unemployed: z.number().int().nullable(),
      unemployedWomen: z.number().int().nullable(),
      unemployedMen: z.number().int().nullable(),
      description: z.string().nullable(),
      participantsIndicatorId: z.uuid().nullable(),
      startedWorkIndicatorId: z.uuid().nullable(),
      startedStudiesIndicatorId: z.uuid().nullable(),
      updatedAt: z.string(),
    })
    .nullable(),
  /** The mapping's version for the next save (0 before the first). */
  version: z.number().int(),
  figures: z.object({ participants: yearFigure, startedWork: yearFigure, startedStudies: yearFigure }),
  progression: z.object({ throughput: z.number().nullable(), workShare: z.number().nullable(), studiesShare: z.number().nullable(), complete: z.boolean() }),
});
export type ClusterProgressionItemView = z.infer<typeof clusterProgressionItemView>;

/** Every cluster of a cooperation for a year, with the plan's quantitative indicators to choose from. */
export const clusterProgressionView = z.object({
  cooperationId: z.uuid(),
  year: z.number().int(),
  periods: z.array(z.string()),
  indicators: z.array(z.object({ id: z.uuid(), name: z.string() })),
  clusters: z.array(clusterProgressionItemView),
});
export type ClusterProgressionView = z.infer<typeof clusterProgressionView>;
