import { describe, expect, it } from 'vitest';
import { ARBETSFORMEDLINGEN_ORG_NUMBER, canMoveTo, isDeviationOverdue, routeDeviation, type RoutingFacts } from './deviation.rules';

const bodies = [
  { id: 'op', type: 'operative_steering_group', status: 'active' },
  { id: 'strat', type: 'strategic_steering_group', status: 'active' },
  { id: 'cluster', type: 'cluster', status: 'active' },
];
const af: RoutingFacts = { form: 'public_agreement', partyOrgNumbers: ['212000-0142', ARBETSFORMEDLINGEN_ORG_NUMBER], bodies, responsibleManagerId: 'm' };

describe('deviation routing', () => {
  it('AGR-4: a deviation on the agreement with Arbetsförmedlingen goes to its strategic steering group', () => {
    expect(routeDeviation(af)).toEqual({ reason: 'strategic_steering_group', bodyId: 'strat', userId: null });
  });
  it('AGR-4: another cooperation goes to its steering group', () => {
    const iop: RoutingFacts = { form: 'iop', partyOrgNumbers: ['802000-0000'], bodies: [{ id: 'sg', type: 'steering_group', status: 'active' }, ...bodies.slice(2)], responsibleManagerId: 'm' };
    expect(routeDeviation(iop)).toEqual({ reason: 'steering_group', bodyId: 'sg', userId: null });
    // A public agreement with another authority is not the agreement with Arbetsförmedlingen.
    expect(routeDeviation({ ...af, partyOrgNumbers: ['202100-5000'] })).toEqual({ reason: 'steering_group', bodyId: 'op', userId: null });
  });
  it('AGR-4: without a steering group, the responsible manager; without either, unrouted', () => {
    const none: RoutingFacts = { form: 'iop', partyOrgNumbers: [], bodies: [{ id: 'sg', type: 'steering_group', status: 'closed' }], responsibleManagerId: 'm' };
    expect(routeDeviation(none)).toEqual({ reason: 'responsible_manager', bodyId: null, userId: 'm' });
    expect(routeDeviation({ ...none, responsibleManagerId: null })).toEqual({ reason: 'unrouted', bodyId: null, userId: null });
  });
  it('AGR-4: with no cooperation, a named steering body handles it itself; a routine alone is unrouted', () => {
    expect(routeDeviation(null, { id: 'sg', type: 'steering_group' })).toMatchObject({ reason: 'body', bodyId: 'sg' });
    expect(routeDeviation(null, { id: 'c', type: 'cluster' })).toMatchObject({ reason: 'unrouted' });
    expect(routeDeviation(null)).toMatchObject({ reason: 'unrouted' });
  });
});

describe('deviation handling', () => {
  it('AGR-4: overdue when an action is past due, or still unhandled after 30 days; never when closed', () => {
    const base = { status: 'handled' as const, reportedOn: '2026-01-01', actions: [{ dueDate: '2026-03-01', done: false }] };
    expect(isDeviationOverdue(base, '2026-03-01')).toBe(false);
    expect(isDeviationOverdue(base, '2026-03-02')).toBe(true);
    expect(isDeviationOverdue({ ...base, actions: [{ dueDate: '2026-03-01', done: true }] }, '2026-06-01')).toBe(false);
    expect(isDeviationOverdue({ status: 'reported', reportedOn: '2026-01-01', actions: [] }, '2026-01-31')).toBe(false);
    expect(isDeviationOverdue({ status: 'reported', reportedOn: '2026-01-01', actions: [] }, '2026-02-01')).toBe(true);
    expect(isDeviationOverdue({ ...base, status: 'closed' }, '2027-01-01')).toBe(false);
  });
  it('AGR-4: reported → handled → closed, never closed without a decision', () => {
    expect(canMoveTo('reported', 'handled')).toBe(true);
    expect(canMoveTo('handled', 'closed')).toBe(true);
    expect(canMoveTo('reported', 'closed')).toBe(false);
    expect(canMoveTo('closed', 'handled')).toBe(false);
  });
});
