import { describe, expect, it } from 'vitest';
import { currentSemester, frameState, previewAmount, semesterLabel, semesterOptions } from './vida.format';

describe('VIDA page helpers (FRM-5)', () => {
  it('offers the semesters around today, latest first, and picks the current one', () => {
    const options = semesterOptions('2026-03-15');
    expect(options[0]).toBe('2027-autumn');
    expect(options).toContain('2026-spring');
    expect(options.at(-1)).toBe('2023-spring');
    expect(currentSemester('2026-03-15')).toBe('2026-spring');
    expect(currentSemester('2026-08-01')).toBe('2026-autumn');
    expect(semesterLabel('2026-autumn', { spring: 'VT', autumn: 'HT' })).toBe('HT 2026');
  });

  it('FRM-5: checks the 8–15 frame while typing and previews 12 × 1 500 kr as 18 000 kr', () => {
    expect([null, 7, 8, 15, 16].map(frameState)).toEqual(['empty', 'outside', 'within', 'within', 'outside']);
    expect(previewAmount(12, 1_500)).toBe(18_000);
    expect(previewAmount(null, 1_500)).toBeNull();
    expect(previewAmount(12, null)).toBeNull();
  });
});
