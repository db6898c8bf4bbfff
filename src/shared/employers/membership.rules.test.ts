import { describe, expect, it } from 'vitest';
import { allStatementsGiven, applicationReference, approvalBlocker, checkApplication, missingStatements } from './membership.rules';

const statements = { networkGoals: true, nonDiscrimination: true, genderEquality: true, equality: true, humanRights: true };
const facts = { orgNumber: '556036-0793', organisationStatus: 'active' as const, contactName: 'HR-ansvarig', contactConfirmed: true, statements };

describe('membership statements (EMP-1)', () => {
  it('EMP-1: all five statements must be given; the missing are named in order', () => {
    expect(allStatementsGiven(statements)).toBe(true);
    expect(allStatementsGiven({ ...statements, equality: false })).toBe(false);
    expect(missingStatements({ ...statements, networkGoals: false, humanRights: false })).toEqual(['networkGoals', 'humanRights']);
  });
});

describe('the simpler check (EMP-1)', () => {
  it('EMP-1: passes with a valid organisation number, an active linked organisation, a confirmed named contact and every statement', () => {
    expect(checkApplication(facts)).toEqual({ orgNumberValid: true, organisationActive: true, contactNamed: true, statementsGiven: true, passed: true });
    expect(checkApplication({ ...facts, orgNumber: '5560360793' }).orgNumberValid).toBe(true);
  });

  it('EMP-1, ORG-3: a wrong check digit or format fails the organisation number part', () => {
    expect(checkApplication({ ...facts, orgNumber: '556036-0794' })).toMatchObject({ orgNumberValid: false, passed: false });
    expect(checkApplication({ ...facts, orgNumber: '12345' })).toMatchObject({ orgNumberValid: false, passed: false });
  });

  it('EMP-1: an archived or unlinked organisation is not active', () => {
    expect(checkApplication({ ...facts, organisationStatus: 'archived' })).toMatchObject({ organisationActive: false, passed: false });
    expect(checkApplication({ ...facts, organisationStatus: null })).toMatchObject({ organisationActive: false, passed: false });
  });

  it('EMP-1: the contact must be named and confirmed by the officer; the statements must all be given', () => {
    expect(checkApplication({ ...facts, contactConfirmed: false })).toMatchObject({ contactNamed: false, passed: false });
    expect(checkApplication({ ...facts, contactName: '  ' })).toMatchObject({ contactNamed: false, passed: false });
    expect(checkApplication({ ...facts, statements: { ...statements, nonDiscrimination: false } })).toMatchObject({ statementsGiven: false, passed: false });
  });
});

describe('approval (EMP-1)', () => {
  it('EMP-1: a check that does not pass blocks approval; so does a missing check, a closed application or no linked organisation', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(approvalBlocker({ status: 'checked', checkPassed: true, organisationId: id })).toBeNull();
    expect(approvalBlocker({ status: 'checked', checkPassed: false, organisationId: id })).toBe('check_failed');
    expect(approvalBlocker({ status: 'submitted', checkPassed: null, organisationId: id })).toBe('not_checked');
    expect(approvalBlocker({ status: 'approved', checkPassed: true, organisationId: id })).toBe('not_open');
    expect(approvalBlocker({ status: 'withdrawn', checkPassed: true, organisationId: id })).toBe('not_open');
    expect(approvalBlocker({ status: 'checked', checkPassed: true, organisationId: null })).toBe('no_organisation');
  });

  it('the public receipt is a readable reference', () => {
    expect(applicationReference(2026, 7)).toBe('IP 2026-0007');
  });
});
