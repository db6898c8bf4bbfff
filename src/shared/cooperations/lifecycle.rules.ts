import type { CooperationStatus } from './forms';

/**
 * The lifecycle of a cooperation (DESIGN.md "Lifecycle"): it is prepared, becomes active, is
 * reviewed (INI-7, IOP-8) and returns to active, and can end from any open state. An ended
 * cooperation is an official record and never reopens; a new one is registered instead.
 */
const TRANSITIONS: Record<CooperationStatus, readonly CooperationStatus[]> = {
  preparing: ['active', 'ended'],
  active: ['under_review', 'ended'],
  under_review: ['active', 'ended'],
  ended: [],
};

/** True when the lifecycle allows moving a cooperation from one status to the other. */
export function isTransitionAllowed(from: CooperationStatus, to: CooperationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a cooperation may move to from its current one, in lifecycle order. */
export function allowedTransitions(from: CooperationStatus): CooperationStatus[] {
  return [...TRANSITIONS[from]];
}
