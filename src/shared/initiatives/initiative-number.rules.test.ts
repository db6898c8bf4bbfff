import { describe, expect, it } from 'vitest';
import { formatInitiativeNumber, initiativeNumberMatch } from './initiative-number.rules';

describe('readable initiative numbers (INI-1: initiatives are referred to by a number people can read)', () => {
  it('INI-1: formats INI YYYY-NNNN, zero-padded to four digits and wider past 9999', () => {
    expect(formatInitiativeNumber(2026, 7)).toBe('INI 2026-0007');
    expect(formatInitiativeNumber(2026, 12_345)).toBe('INI 2026-12345');
  });

  it('INI-1: finds an initiative by its number however it is typed', () => {
    expect(initiativeNumberMatch('INI 2026-0007')).toEqual({ year: 2026, sequence: 7 });
    expect(initiativeNumberMatch(' ini2026-7 ')).toEqual({ year: 2026, sequence: 7 });
    expect(initiativeNumberMatch('2026-0007')).toEqual({ year: 2026, sequence: 7 });
    expect(initiativeNumberMatch('INI 2026')).toEqual({ year: 2026, sequence: null });
  });

  it('names no initiative for case numbers, registry numbers, bare years or words', () => {
    for (const text of ['AMN 2026-0007', 'AMN 2017-0228-01.06', '2026', 'INI 2026-0000', 'INI', 'Feriejobb', '0A1B2C3D']) {
      expect(initiativeNumberMatch(text), text).toBeUndefined();
    }
  });
});
