/** Where a question raised by a body stands (AGR-8). */
export const QUESTION_STATUSES = ['open', 'answered', 'raised_further'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * How far down a decision is spread (AGR-8). `children`, the default, reaches the bodies that
 * report directly to the deciding one: 003 has each level pass on what concerns the levels below
 * it (the strategic group to the operative one, which spreads it to clusters and working groups),
 * so each level chooses what its own bodies need. `descendants` reaches every body below at once,
 * for a decision that concerns all of them alike (a routine every cluster must follow).
 */
export const SPREAD_SCOPES = ['children', 'descendants'] as const;
export type SpreadScope = (typeof SPREAD_SCOPES)[number];

/** A body below the deciding one, as found by walking `reports_to_id` downwards. */
export type BodyBelow = { id: string; depth: number; status: 'active' | 'closed' };

/**
 * The bodies a decision is spread to (AGR-8): the direct children or every descendant, as chosen;
 * a closed body receives nothing, since nobody is left there to read it.
 */
export function spreadReceivers(below: readonly BodyBelow[], scope: SpreadScope): string[] {
  return below.filter((b) => b.status === 'active' && (scope === 'descendants' || b.depth === 1)).map((b) => b.id);
}

/** The body a question is raised to: the one the raising body reports to, or none for the top body (AGR-8). */
export function questionTarget(body: { reportsToId: string | null }): string | null {
  return body.reportsToId;
}

/** A step of a question's way up: one body asking the next. */
export type QuestionStep = {
  id: string;
  forwardedFromId: string | null;
  status: QuestionStatus;
};

/**
 * The steps of a question passed upwards, in order from the body that first raised it to the
 * body holding it now: each step after the first was passed on from the one before (AGR-8).
 */
export function orderChain<T extends QuestionStep>(steps: readonly T[]): T[] {
  const byFrom = new Map(steps.filter((s) => s.forwardedFromId).map((s) => [s.forwardedFromId, s]));
  const first = steps.find((s) => !s.forwardedFromId || !steps.some((o) => o.id === s.forwardedFromId));
  const chain: T[] = [];
  for (let step = first; step && chain.length < steps.length; step = byFrom.get(step.id)) chain.push(step);
  return chain;
}

/** The step that ended a chain with an answer, if the question has been answered somewhere up the chain. */
export function answeringStep<T extends { status: QuestionStatus }>(chain: readonly T[]): T | undefined {
  return chain.find((s) => s.status === 'answered');
}

/** Who of a receiving body has seen a spread decision and who has not yet (AGR-8). */
export function seenSplit<M extends { userId: string | null }>(
  members: readonly M[],
  seenByUser: ReadonlyMap<string, string>,
): { seen: (M & { seenAt: string })[]; notSeen: M[] } {
  const seen: (M & { seenAt: string })[] = [];
  const notSeen: M[] = [];
  for (const m of members) {
    const at = m.userId ? seenByUser.get(m.userId) : undefined;
    if (at) seen.push({ ...m, seenAt: at });
    else notSeen.push(m);
  }
  return { seen, notSeen };
}
