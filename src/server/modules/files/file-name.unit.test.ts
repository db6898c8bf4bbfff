import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download-headers';
import { sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it('drops lone surrogates, which cannot be stored or percent-encoded, and keeps whole characters', () => {
    const name = sanitiseFileName('Rapport\ud800 🙂\udc00.pdf');
    expect(name).toBe('Rapport 🙂.pdf');
    // The download header of the kept name can be written (encodeURIComponent throws on a lone surrogate).
    expect(() => contentDisposition(name)).not.toThrow();
  });
});
