import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_OUTCOMES } from './review.rules';
import { associationGrantProblems, GRANT_COMMITTEES, mayBecomeCooperation, requestsAssociationGrant } from './association-grant.rules';

const grant = { associationGrantRequested: true };

describe('association grants are not the committee’s mandate (INI-4)', () => {
  it('INI-4: the initiative asks for a grant only when the fact is answered yes', () => {
    expect(requestsAssociationGrant(grant)).toBe(true);
    for (const facts of [{}, { associationGrantRequested: false }, { associationGrantRequested: 'true' }, null, undefined]) {
      expect(requestsAssociationGrant(facts)).toBe(false);
    }
  });

  it('INI-4: no form of cooperation may be recommended for it, and it is not judged on its merits either', () => {
    expect(associationGrantProblems(true, { outcome: 'form' })).toEqual([{ path: 'outcome', message: 'validation.associationGrant.referOnly' }]);
    expect(associationGrantProblems(true, { outcome: 'not_appropriate' })).toEqual([{ path: 'outcome', message: 'validation.associationGrant.referOnly' }]);
  });

  it('INI-4: it may only be referred to a committee that handles grants (district, social, culture, sports)', () => {
    expect([...GRANT_COMMITTEES]).toEqual(['district', 'social', 'culture', 'sports']);
    for (const committee of GRANT_COMMITTEES) expect(associationGrantProblems(true, { outcome: 'referred', referredTo: committee })).toEqual([]);
    expect(associationGrantProblems(true, { outcome: 'referred', referredTo: 'education' })).toEqual([
      { path: 'referredTo', message: 'validation.associationGrant.committee' },
    ]);
  });

  it('INI-4: the group may still ask for more information when it doubts the answer', () => {
    expect(associationGrantProblems(true, { outcome: 'more_information' })).toEqual([]);
  });

  it('INI-4: an initiative without a grant request is not limited', () => {
    for (const outcome of RECOMMENDATION_OUTCOMES) expect(associationGrantProblems(false, { outcome, referredTo: 'education' })).toEqual([]);
  });

  it('INI-4: an initiative asking for a grant never becomes a cooperation', () => {
    expect(mayBecomeCooperation(grant)).toBe(false);
    expect(mayBecomeCooperation({ associationGrantRequested: false })).toBe(true);
  });
});
