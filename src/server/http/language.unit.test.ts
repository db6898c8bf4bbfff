import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';

describe('pickLanguage', () => {
  it('defaults to Swedish', () => {
    expect(pickLanguage(undefined)).toBe('sv');
    expect(pickLanguage('de-DE')).toBe('sv');
  });

  it('follows the preferred supported language with q-values', () => {
    expect(pickLanguage('en-US,en;q=0.9')).toBe('en');
    expect(pickLanguage('sv;q=0.5,en;q=0.8')).toBe('en');
    expect(pickLanguage('fi,sv-SE;q=0.9,en;q=0.8')).toBe('sv');
    expect(pickLanguage('en;q=0,sv')).toBe('sv');
  });
});
