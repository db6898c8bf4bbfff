import { describe, expect, it } from 'vitest';
import { validateGovernanceSearch } from './governance.search';

describe('the body list address', () => {
  it('keeps the type and the "without a meeting this semester" switch, and drops what is not a filter', () => {
    expect(validateGovernanceSearch({ type: ' cluster ', withoutMeeting: true })).toEqual({ type: 'cluster', withoutMeeting: true });
    expect(validateGovernanceSearch({ withoutMeeting: 'true' })).toEqual({ withoutMeeting: true });
    expect(validateGovernanceSearch({ type: '', withoutMeeting: 'nej', other: 1 })).toEqual({});
  });
});
