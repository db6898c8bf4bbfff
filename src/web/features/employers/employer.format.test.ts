import { describe, expect, it } from 'vitest';
import type { ApplicationListItem } from '../../../shared/employers/membership.schemas';
import { waitingApplications, waitsFor } from './employer.format';

const item = (over: Partial<ApplicationListItem>): ApplicationListItem => ({
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'IP 2026-0001',
  source: 'public',
  organisationName: 'Exempel AB',
  orgNumber: '559910-0103',
  employerType: 'company',
  status: 'submitted',
  organisationId: null,
  checkPassed: null,
  receivedAt: '2026-03-01T08:00:00.000Z',
  ...over,
});

describe('the applications waiting (EMP-1)', () => {
  it('EMP-1: lists open applications oldest first and leaves decided ones out', () => {
    const list = waitingApplications([
      item({ reference: 'b', receivedAt: '2026-03-02T08:00:00.000Z' }),
      item({ reference: 'a', status: 'checked' }),
      item({ reference: 'c', status: 'approved' }),
      item({ reference: 'd', status: 'rejected' }),
    ]);
    expect(list.map((a) => a.reference)).toEqual(['a', 'b']);
  });

  it('EMP-1: says what each waits for: a link to the register, the check, then the decision', () => {
    expect(waitsFor(item({}))).toBe('link');
    expect(waitsFor(item({ organisationId: 'x' }))).toBe('check');
    expect(waitsFor(item({ organisationId: 'x', status: 'checked', checkPassed: false }))).toBe('decision');
    expect(waitsFor(item({ organisationId: 'x', status: 'approved', checkPassed: true }))).toBe('nothing');
  });
});
