import { z } from 'zod';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from './democracy.rules';

/** A motivation: required only for the unsafe answer (checked by `signingProblems`), else empty. */
export const motivationSchema = z.string().trim().max(5_000).default('');

export const evidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('document'), documentId: z.uuid() }),
  z.strictObject({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/, error: 'validation.url' }).max(1_000) }),
]);

export const evidenceListSchema = z.array(evidenceSchema).max(20).default([]);

/** Answers keep the stored meaning of `met` and `applies` (see `democracy.rules.ts`). */
export const conditionAnswerSchema = z.strictObject({
  condition: z.enum(DEMOCRACY_CONDITIONS),
  met: z.boolean(),
  justification: motivationSchema,
  evidence: evidenceListSchema,
});

export const exclusionAnswerSchema = z.strictObject({
  ground: z.enum(EXCLUSION_GROUNDS),
  applies: z.boolean(),
  justification: motivationSchema,
  evidence: evidenceListSchema,
});

/** An answer of an assessment in preparation: `null` while the question is unanswered. */
export const draftConditionAnswerSchema = conditionAnswerSchema.extend({ met: z.boolean().nullable() });
export const draftExclusionAnswerSchema = exclusionAnswerSchema.extend({ applies: z.boolean().nullable() });

/** True when every value of `all` occurs exactly once under `key` (each question answered once). */
export const exactlyOnce =
  <T extends string>(all: readonly T[], key: 'condition' | 'ground') =>
  (answers: Record<string, unknown>[]) =>
    answers.length === all.length && all.every((v) => answers.filter((a) => a[key] === v).length === 1);

/** Which sources were checked: the common ground of every safe answer. */
export const basisSchema = z.string().trim().max(10_000);

/** `conditions.2.justification` as the path segments zod reports. */
export function pathSegments(path: string): (string | number)[] {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export const personSchema = z.object({ id: z.uuid(), name: z.string() });

/** An answer changed in review, in stored values (`met` for conditions, `applies` for grounds). */
export const reviewChangeSchema = z.object({
  section: z.enum(['conditions', 'exclusions']),
  key: z.enum([...DEMOCRACY_CONDITIONS, ...EXCLUSION_GROUNDS]),
  before: z.boolean().nullable(),
  after: z.boolean().nullable(),
});
