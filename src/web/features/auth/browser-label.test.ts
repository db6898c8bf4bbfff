import { describe, expect, it } from 'vitest';
import { browserLabel } from './browser-label';

describe('the browser a session was started from (issue 15)', () => {
  it('names common browsers and systems', () => {
    expect(browserLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox · Windows');
    expect(browserLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toBe('Edge · Windows');
    expect(browserLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe('Safari · iOS');
    expect(browserLabel('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36')).toBe('Chrome · Linux');
  });

  it('gives nothing for a missing or unknown client', () => {
    expect(browserLabel(null)).toBeUndefined();
    expect(browserLabel('curl/8.5.0')).toBeUndefined();
  });
});
