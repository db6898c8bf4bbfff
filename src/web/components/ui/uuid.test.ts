import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a UUID in either case', () => {
    expect(isUuid('0b7e6f1c-3c1a-4c3e-9a4f-2f1d2b3c4d5e')).toBe(true);
    expect(isUuid('0B7E6F1C-3C1A-4C3E-9A4F-2F1D2B3C4D5E')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isUuid('')).toBe(false);
    expect(isUuid('42')).toBe(false);
    expect(isUuid('0b7e6f1c-3c1a-4c3e-9a4f-2f1d2b3c4d5')).toBe(false);
    expect(isUuid(' 0b7e6f1c-3c1a-4c3e-9a4f-2f1d2b3c4d5e')).toBe(false);
  });
});
