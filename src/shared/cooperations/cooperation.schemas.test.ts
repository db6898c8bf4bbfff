import { describe, expect, it } from 'vitest';
import {
  cooperationFactsInput,
  cooperationFilter,
  createCooperationInput,
  savedFilterInput,
  transitionInput,
  updateCooperationInput,
} from './cooperation.schemas';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('cooperation facts (gate.types CooperationGateFacts)', () => {
  it('FRM-2: an affirmation needs a justification', () => {
    const result = cooperationFactsInput.safeParse({ competence: { withinCompetence: { affirmed: true, justification: ' ' }, withinMission: null } });
    expect(paths(result)).toEqual(['competence.withinCompetence.justification']);
  });

  it('FRM-2: the added value is an affirmation with a justification, and may be left out of a change', () => {
    const withinBoth = { withinCompetence: null, withinMission: null };
    expect(cooperationFactsInput.safeParse({ competence: withinBoth }).success).toBe(true);
    const blank = cooperationFactsInput.safeParse({ competence: { ...withinBoth, addsValue: { affirmed: true, justification: '' } } });
    expect(paths(blank)).toEqual(['competence.addsValue.justification']);
  });

  it('FRM-6: a predecessor is "first" or another cooperation by id; FRM-9: framework agreement is yes, no or unknown', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(cooperationFactsInput.safeParse({ reservedPredecessor: { kind: 'first' } }).success).toBe(true);
    expect(cooperationFactsInput.safeParse({ reservedPredecessor: { kind: 'follows', cooperationId: id } }).success).toBe(true);
    expect(cooperationFactsInput.safeParse({ reservedPredecessor: null, frameworkAgreement: null }).success).toBe(true);
    expect(paths(cooperationFactsInput.safeParse({ reservedPredecessor: { kind: 'follows', cooperationId: 'AMN 2026-0001' } }))).toEqual([
      'reservedPredecessor.cooperationId',
    ]);
    expect(cooperationFactsInput.safeParse({ reservedPredecessor: { kind: 'first', cooperationId: id } }).success).toBe(false);
    expect(cooperationFactsInput.safeParse({ frameworkAgreement: 'yes' }).success).toBe(false);
  });

  it('IOP-2: accepts a partial legal assessment but no unknown tests or criteria', () => {
    const ok = cooperationFactsInput.safeParse({
      iopAssessment: { tests: { state_aid_rules: { affirmed: true, justification: 'Inget statsstöd' } }, criteria: {} },
    });
    expect(ok.success).toBe(true);
    const bad = cooperationFactsInput.safeParse({ iopAssessment: { tests: { invented_test: { affirmed: true, justification: 'x' } }, criteria: {} } });
    expect(bad.success).toBe(false);
  });

  it('IOP-4: a pre-study has a date, scope, goals, structure, roles and participants', () => {
    const result = cooperationFactsInput.safeParse({ preStudy: { date: '2026-02-30', scope: 'Språk', goals: '', structure: 'x', roles: 'x', participants: 'x' } });
    expect(paths(result).sort()).toEqual(['preStudy.date', 'preStudy.goals']);
  });

  it('refuses unknown sections', () => {
    expect(paths(cooperationFactsInput.safeParse({ vibes: true }))).toEqual(['']);
  });
});

describe('cooperation input (OVR-1)', () => {
  it('everything is optional on creation (an initiative may supply it); given values are checked', () => {
    expect(createCooperationInput.safeParse({}).success).toBe(true);
    const result = createCooperationInput.safeParse({ organisationIds: [], valueSek: -5, form: 'grant', endDate: '2026-1-1' });
    expect(paths(result).sort()).toEqual(['endDate', 'form', 'organisationIds', 'valueSek']);
  });

  it('a change carries the version', () => {
    expect(paths(updateCooperationInput.safeParse({ title: 'Ny titel' }))).toEqual(['version']);
    expect(updateCooperationInput.safeParse({ version: 3, facts: { vidaOccasions: 10 } }).success).toBe(true);
  });

  it('a transition names a status and the version', () => {
    expect(transitionInput.safeParse({ to: 'active', version: 1 }).success).toBe(true);
    expect(paths(transitionInput.safeParse({ to: 'paused', version: 1, reason: '' })).sort()).toEqual(['reason', 'to']);
  });
});

describe('overview filters (OVR-1)', () => {
  it('reads one value, repeated values and comma-separated values as lists', () => {
    expect(cooperationFilter.parse({ form: 'iop' }).form).toEqual(['iop']);
    expect(cooperationFilter.parse({ form: ['iop', 'vida'] }).form).toEqual(['iop', 'vida']);
    expect(cooperationFilter.parse({ status: 'preparing,active' }).status).toEqual(['preparing', 'active']);
    expect(cooperationFilter.parse({ year: '2026' }).year).toBe(2026);
  });

  it('refuses unknown forms, statuses and filters', () => {
    expect(cooperationFilter.safeParse({ form: 'grant' }).success).toBe(false);
    expect(cooperationFilter.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('a saved filter holds a valid overview filter under a name', () => {
    expect(savedFilterInput.safeParse({ scope: 'cooperations', name: 'Mina', query: { form: ['iop'] } }).success).toBe(true);
    expect(paths(savedFilterInput.safeParse({ scope: 'cooperations', name: '', query: { year: 1200 } })).sort()).toEqual(['name', 'query.year']);
  });
});
