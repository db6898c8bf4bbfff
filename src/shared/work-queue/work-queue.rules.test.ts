import { describe, expect, it } from 'vitest';
import { effectiveScope, maySeeEverything } from './work-queue.rules';

describe('work queue scope', () => {
  it('IOP-6: managers and admins, who steer, may switch to everything', () => {
    expect(maySeeEverything(['manager'])).toBe(true);
    expect(maySeeEverything(['admin'])).toBe(true);
    expect(maySeeEverything(['officer', 'review_group'])).toBe(false);
  });

  it('IOP-6: the list is the caller\'s own unless everything is asked for and allowed', () => {
    expect(effectiveScope(['manager'], undefined)).toBe('mine');
    expect(effectiveScope(['manager'], 'all')).toBe('all');
    expect(effectiveScope(['officer'], 'all')).toBe('mine');
  });
});
