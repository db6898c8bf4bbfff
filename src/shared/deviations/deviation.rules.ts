/** Severities of a deviation (AGR-4). */
export const DEVIATION_SEVERITIES = ['low', 'medium', 'high'] as const;
export type DeviationSeverity = (typeof DEVIATION_SEVERITIES)[number];

/** A deviation is reported, handled (a decision recorded) and closed with a conclusion (AGR-4). */
export const DEVIATION_STATUSES = ['reported', 'handled', 'closed'] as const;
export type DeviationStatus = (typeof DEVIATION_STATUSES)[number];

/** Where a deviation happened: in a cooperation, in a governance body (a cluster too) or in a routine. */
export const DEVIATION_PLACE_KINDS = ['cooperation', 'body', 'routine'] as const;
export type DeviationPlaceKind = (typeof DEVIATION_PLACE_KINDS)[number];

/** Why a deviation went where it went. */
export const DEVIATION_ROUTES = ['strategic_steering_group', 'steering_group', 'responsible_manager', 'body', 'unrouted'] as const;
export type DeviationRouteReason = (typeof DEVIATION_ROUTES)[number];

/** The organisation number of Arbetsförmedlingen, which identifies the agreement with it (AGR-4). */
export const ARBETSFORMEDLINGEN_ORG_NUMBER = '202100-2114';

/**
 * A deviation still only reported this many days after it was reported is overdue: its handler
 * should have recorded a decision by then (AGR-4). Any action past its due date also makes it overdue.
 */
export const DEVIATION_UNHANDLED_LIMIT_DAYS = 30;

/** What routing needs to know of the cooperation concerned. */
export type RoutingFacts = {
  form: string;
  partyOrgNumbers: readonly (string | null)[];
  bodies: readonly { id: string; type: string; status: string }[];
  responsibleManagerId: string | null;
};

/** Where a deviation goes: a body, the responsible manager, or nobody yet. */
export type DeviationRoute =
  | { reason: 'strategic_steering_group' | 'steering_group' | 'body'; bodyId: string; userId: null }
  | { reason: 'responsible_manager'; bodyId: null; userId: string }
  | { reason: 'unrouted'; bodyId: null; userId: null };

/** True for the agreement with Arbetsförmedlingen: a public agreement with Arbetsförmedlingen as a party. */
export function isArbetsformedlingenAgreement(facts: Pick<RoutingFacts, 'form' | 'partyOrgNumbers'>): boolean {
  return facts.form === 'public_agreement' && facts.partyOrgNumbers.includes(ARBETSFORMEDLINGEN_ORG_NUMBER);
}

const STEERING_PREFERENCE = ['steering_group', 'operative_steering_group', 'strategic_steering_group'];

/**
 * Routes a deviation (AGR-4): for the agreement with Arbetsförmedlingen its strategic steering
 * group; otherwise the cooperation's steering group; otherwise its responsible manager. A
 * deviation with no cooperation goes to the steering body it names, if it names one.
 */
export function routeDeviation(facts: RoutingFacts | null, placeBody: { id: string; type: string } | null = null): DeviationRoute {
  if (!facts) {
    if (placeBody && STEERING_PREFERENCE.includes(placeBody.type)) return { reason: 'body', bodyId: placeBody.id, userId: null };
    return { reason: 'unrouted', bodyId: null, userId: null };
  }
  const active = facts.bodies.filter((b) => b.status === 'active');
  if (isArbetsformedlingenAgreement(facts)) {
    const strategic = active.find((b) => b.type === 'strategic_steering_group');
    if (strategic) return { reason: 'strategic_steering_group', bodyId: strategic.id, userId: null };
  }
  for (const type of STEERING_PREFERENCE) {
    const body = active.find((b) => b.type === type);
    if (body) return { reason: 'steering_group', bodyId: body.id, userId: null };
  }
  if (facts.responsibleManagerId) return { reason: 'responsible_manager', bodyId: null, userId: facts.responsibleManagerId };
  return { reason: 'unrouted', bodyId: null, userId: null };
}

/** The date `days` days before an ISO date. */
export function daysBefore(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether an open deviation is overdue (AGR-4): an action not done by its due date, or still
 * only reported more than DEVIATION_UNHANDLED_LIMIT_DAYS days after it was reported. Closed ones never are.
 */
export function isDeviationOverdue(
  d: { status: DeviationStatus; reportedOn: string; actions: readonly { dueDate: string; done: boolean }[] },
  today: string,
): boolean {
  if (d.status === 'closed') return false;
  if (d.actions.some((a) => !a.done && a.dueDate < today)) return true;
  return d.status === 'reported' && d.reportedOn < daysBefore(today, DEVIATION_UNHANDLED_LIMIT_DAYS);
}

/** The statuses a deviation may move to from its current one; closing needs a recorded decision first. */
export function canMoveTo(from: DeviationStatus, to: DeviationStatus): boolean {
  return (from === 'reported' && to === 'handled') || (from === 'handled' && to === 'handled') || (from === 'handled' && to === 'closed');
}
