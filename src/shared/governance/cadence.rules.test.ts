import { describe, expect, it } from 'vitest';
import { isMeetingCadenceMet, semesterOf } from './cadence.rules';

describe('semesters (GLOSSARY termin)', () => {
  it('spring runs January–June and autumn July–December', () => {
    expect(semesterOf('2026-01-01')).toEqual({ year: 2026, half: 'spring', start: '2026-01-01', end: '2026-06-30' });
    expect(semesterOf('2026-06-30').half).toBe('spring');
    expect(semesterOf('2026-07-01')).toEqual({ year: 2026, half: 'autumn', start: '2026-07-01', end: '2026-12-31' });
    expect(semesterOf('2026-12-31').half).toBe('autumn');
  });
});

describe('meeting cadence (IOP-6)', () => {
  it('IOP-6: a steering group that met this semester meets its cadence', () => {
    expect(isMeetingCadenceMet('per_semester', ['2026-08-15'], '2026-11-29')).toBe(true);
    expect(isMeetingCadenceMet('per_semester', ['2026-11-29'], '2026-11-29')).toBe(true);
  });
  it('IOP-6: a meeting in the previous semester does not count', () => {
    expect(isMeetingCadenceMet('per_semester', ['2026-06-30'], '2026-07-01')).toBe(false);
    expect(isMeetingCadenceMet('per_semester', ['2025-12-20'], '2026-03-01')).toBe(false);
  });
  it('IOP-6: a meeting only planned for later this semester does not count yet', () => {
    expect(isMeetingCadenceMet('per_semester', ['2026-12-10'], '2026-11-29')).toBe(false);
  });
  it('IOP-6: no meetings at all does not meet the cadence', () => {
    expect(isMeetingCadenceMet('per_semester', [], '2026-11-29')).toBe(false);
  });
  it('a body without a cadence always meets it', () => {
    expect(isMeetingCadenceMet('none', [], '2026-11-29')).toBe(true);
  });
});
