import { describe, expect, it } from 'vitest';
import { dateFormatHint, isoDate, parseDateText } from './date-field.format';

describe('date fields read dates the same way in every browser', () => {
  it('reads year-first dates however they are separated', () => {
    for (const text of ['2026-03-05', '2026-3-5', ' 2026-03-05 ', '20260305', '2026/03/05', '2026.03.05', '2026 03 05']) {
      expect(parseDateText(text), text).toBe('2026-03-05');
    }
  });

  it('reads a day with a month name in Swedish or English', () => {
    for (const text of ['5 mars 2026', '5 Mar 2026', '5 march 2026', 'March 5, 2026', '5:e mars 2026', '5 mar. 2026']) {
      expect(parseDateText(text), text).toBe('2026-03-05');
    }
    expect(parseDateText('1 maj 2026')).toBe('2026-05-01');
    expect(parseDateText('31 okt 2026')).toBe('2026-10-31');
  });

  it('refuses digits in day-month order, which mean different days in different countries', () => {
    expect(parseDateText('05/03/2026')).toBeNull();
    expect(parseDateText('03/05/2026')).toBeNull();
  });

  it('refuses dates that do not exist, text that is no date, and years out of range', () => {
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', 'i morgon', '2026-03', '', '5 smarch 2026', '1899-12-31', '2201-01-01']) {
      expect(parseDateText(text), text).toBeNull();
    }
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
    expect(isoDate(2026, 1, 9)).toBe('2026-01-09');
  });

  it('shows the format in the app’s language, not the browser’s', () => {
    expect(dateFormatHint('sv')).toBe('ÅÅÅÅ-MM-DD');
    expect(dateFormatHint('en')).toBe('YYYY-MM-DD');
  });
});
