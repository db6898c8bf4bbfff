import { describe, expect, it } from 'vitest';
import { COOPERATION_STATUSES } from './forms';
import { allowedTransitions, isTransitionAllowed } from './lifecycle.rules';

describe('cooperation lifecycle (DESIGN "Lifecycle")', () => {
  it('allows preparing→active, active→under_review, under_review→active', () => {
    expect(isTransitionAllowed('preparing', 'active')).toBe(true);
    expect(isTransitionAllowed('active', 'under_review')).toBe(true);
    expect(isTransitionAllowed('under_review', 'active')).toBe(true);
  });

  it('allows ending from every open status, and nothing after ended', () => {
    for (const from of ['preparing', 'active', 'under_review'] as const) expect(isTransitionAllowed(from, 'ended')).toBe(true);
    for (const to of COOPERATION_STATUSES) expect(isTransitionAllowed('ended', to)).toBe(false);
  });

  it('refuses skipping or going back to preparing, and staying put', () => {
    expect(isTransitionAllowed('preparing', 'under_review')).toBe(false);
    expect(isTransitionAllowed('active', 'preparing')).toBe(false);
    expect(isTransitionAllowed('under_review', 'preparing')).toBe(false);
    for (const s of COOPERATION_STATUSES) expect(isTransitionAllowed(s, s)).toBe(false);
  });

  it('lists the allowed next statuses', () => {
    expect(allowedTransitions('preparing')).toEqual(['active', 'ended']);
    expect(allowedTransitions('active')).toEqual(['under_review', 'ended']);
    expect(allowedTransitions('under_review')).toEqual(['active', 'ended']);
    expect(allowedTransitions('ended')).toEqual([]);
  });
});
