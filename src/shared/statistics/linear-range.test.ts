import { describe, expect, it } from 'vitest';
import { rangeOfUnknown } from './linear-range';

describe('the range of an unknown in bounded equations (OVR-2 small-number protection)', () => {
  it('x + y = 6 with x, y in 1..4 leaves x in 2..4', () => {
    expect(rangeOfUnknown({ equations: [{ coefficients: [1, 1], rhs: 6 }], lower: [1, 1], upper: [4, 4] }, 0)).toEqual({ min: 2, max: 4 });
  });

  it('x − t = −40 (a part and its total) with x in 1..4 and t unbounded: t is 41..44', () => {
    expect(rangeOfUnknown({ equations: [{ coefficients: [1, -1], rhs: -40 }], lower: [1, 0], upper: [4, Infinity] }, 1)).toEqual({ min: 41, max: 44 });
  });

  it('a single unknown fixed by its equation has one value; contradictory bounds have none', () => {
    expect(rangeOfUnknown({ equations: [{ coefficients: [1], rhs: 3 }], lower: [1], upper: [4] }, 0)).toEqual({ min: 3, max: 3 });
    expect(rangeOfUnknown({ equations: [{ coefficients: [1, 1], rhs: 20 }], lower: [1, 1], upper: [4, 4] }, 0)).toBeNull();
  });

  it('an unknown bounded only below is unbounded above', () => {
    expect(rangeOfUnknown({ equations: [{ coefficients: [1, -1], rhs: 0 }], lower: [0, 0], upper: [Infinity, Infinity] }, 0)).toEqual({ min: 0, max: Infinity });
  });
});
