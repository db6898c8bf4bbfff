import { describe, expect, it } from 'vitest';
import { COOPERATION_FORMS } from '../cooperations/forms';
import {
  agendaKindFor,
  awaitsReview,
  isAwaitingReview,
  orderAgenda,
  recommendationProblems,
  statusAfterRecommendation,
} from './review.rules';

describe('agenda kind (INI-2, INI-3)', () => {
  it('INI-3: an informal cooperation is an information item (reported, not consulted)', () => {
    expect(agendaKindFor('informal')).toBe('information');
  });

  it('INI-2: every formal form is a consultation item', () => {
    for (const form of COOPERATION_FORMS.filter((f) => f !== 'informal')) expect(agendaKindFor(form)).toBe('consultation');
  });

  it('INI-2: an initiative without a proposed form is consulted, since the group recommends the form', () => {
    expect(agendaKindFor(null)).toBe('consultation');
    expect(agendaKindFor('something_unknown')).toBe('consultation');
  });
});

describe('awaiting review (INI-2)', () => {
  it('INI-2: submitted, in review and more-information initiatives wait for the group', () => {
    expect(['submitted', 'in_review', 'more_information'].every(isAwaitingReview)).toBe(true);
  });

  it('INI-2: recommended, referred, converted or withdrawn initiatives do not', () => {
    for (const status of ['recommended', 'not_recommended', 'referred', 'converted', 'withdrawn']) expect(isAwaitingReview(status)).toBe(false);
  });
});

describe('reported informal cooperation (INI-3)', () => {
  it('INI-3: an informal cooperation reported at a held meeting no longer waits for the group', () => {
    expect(awaitsReview({ status: 'in_review', proposedForm: 'informal', reportedAtHeldMeeting: true })).toBe(false);
    expect(awaitsReview({ status: 'in_review', proposedForm: 'informal', reportedAtHeldMeeting: false })).toBe(true);
  });

  it('INI-2: a formal initiative waits until it has a recommendation, whatever was reported', () => {
    expect(awaitsReview({ status: 'in_review', proposedForm: 'iop', reportedAtHeldMeeting: true })).toBe(true);
    expect(awaitsReview({ status: 'recommended', proposedForm: 'iop', reportedAtHeldMeeting: false })).toBe(false);
  });
});

describe('status after a recommendation (INI-2, INI-4)', () => {
  it('INI-2: a recommended form makes the initiative recommended; not appropriate makes it not recommended', () => {
    expect(statusAfterRecommendation('form')).toBe('recommended');
    expect(statusAfterRecommendation('not_appropriate')).toBe('not_recommended');
  });

  it('INI-4: a referral to another committee makes it referred', () => {
    expect(statusAfterRecommendation('referred')).toBe('referred');
  });

  it('INI-2: a request for more information sends it back for more information', () => {
    expect(statusAfterRecommendation('more_information')).toBe('more_information');
  });
});

describe('recommendation validation (INI-2, INI-4, INI-5)', () => {
  const justification = 'Verksamheten motsvarar ett behov hos målgruppen';
  const addedValue = { affirmed: true, justification: 'Verksamheten skulle annars inte erbjudas stockholmarna' };

  it('INI-2: a recommended form needs the form', () => {
    expect(recommendationProblems({ outcome: 'form', justification })).toEqual([{ path: 'recommendedForm', message: 'validation.required' }]);
    expect(recommendationProblems({ outcome: 'form', recommendedForm: 'iop', justification, addedValue })).toEqual([]);
  });

  it('INI-2: the recommended form must be a known form', () => {
    expect(recommendationProblems({ outcome: 'form', recommendedForm: 'grant', justification })).toEqual([
      { path: 'recommendedForm', message: 'validation.form.unknown' },
    ]);
  });

  it('INI-4: a referral needs the committee it is referred to', () => {
    expect(recommendationProblems({ outcome: 'referred', justification })).toEqual([{ path: 'referredTo', message: 'validation.required' }]);
    expect(recommendationProblems({ outcome: 'referred', referredTo: 'culture', justification })).toEqual([]);
  });

  it('INI-5: not appropriate needs a justification, like every recommendation', () => {
    expect(recommendationProblems({ outcome: 'not_appropriate', justification: '  ' })).toEqual([
      { path: 'justification', message: 'validation.justification' },
    ]);
    expect(recommendationProblems({ outcome: 'more_information' })).toEqual([{ path: 'justification', message: 'validation.justification' }]);
  });

  it('INI-2/INI-4: a form or committee given with another outcome is refused, not silently kept', () => {
    expect(recommendationProblems({ outcome: 'not_appropriate', recommendedForm: 'iop', referredTo: 'social', justification })).toEqual([
      { path: 'recommendedForm', message: 'validation.recommendation.notApplicable' },
      { path: 'referredTo', message: 'validation.recommendation.notApplicable' },
    ]);
  });
});

describe('added value of a recommended form (FRM-2)', () => {
  const justification = 'Passar som IOP';
  const addedValue = { affirmed: true, justification: 'Kompletterar grunduppdraget med språkträning i föreningsliv' };

  it('FRM-2: recommending a formal form needs the judgement that it adds value', () => {
    for (const form of COOPERATION_FORMS.filter((f) => f !== 'informal')) {
      expect(recommendationProblems({ outcome: 'form', recommendedForm: form, justification }), form).toEqual([
        { path: 'addedValue', message: 'validation.addedValue.required' },
      ]);
      expect(recommendationProblems({ outcome: 'form', recommendedForm: form, justification, addedValue }), form).toEqual([]);
    }
  });

  it('FRM-2: a form is not recommended with the judgement that it adds no value', () => {
    expect(recommendationProblems({ outcome: 'form', recommendedForm: 'iop', justification, addedValue: { ...addedValue, affirmed: false } })).toEqual([
      { path: 'addedValue.affirmed', message: 'validation.addedValue.notAffirmed' },
    ]);
  });

  it('FRM-2: informal cooperation may carry the judgement but does not need it', () => {
    expect(recommendationProblems({ outcome: 'form', recommendedForm: 'informal', justification })).toEqual([]);
    expect(recommendationProblems({ outcome: 'form', recommendedForm: 'informal', justification, addedValue })).toEqual([]);
  });

  it('FRM-2: the judgement given with another outcome is refused, not silently kept', () => {
    expect(recommendationProblems({ outcome: 'not_appropriate', justification, addedValue })).toEqual([
      { path: 'addedValue', message: 'validation.recommendation.notApplicable' },
    ]);
  });
});

describe('association grants are referred (INI-4)', () => {
  it('INI-4: an initiative asking for an association grant is consulted, even as informal cooperation, so that it can be referred', () => {
    expect(agendaKindFor('informal', true)).toBe('consultation');
    expect(awaitsReview({ status: 'in_review', proposedForm: 'informal', reportedAtHeldMeeting: true, asksAssociationGrant: true })).toBe(true);
    expect(orderAgenda([{ id: 'a', proposedForm: 'informal', createdAt: '2026-01-01T10:00:00.000Z', asksAssociationGrant: true }])[0]?.kind).toBe(
      'consultation',
    );
  });
});

describe('agenda order (INI-2, INI-3)', () => {
  it('INI-3: information items come after consultation items, each oldest first', () => {
    const ordered = orderAgenda([
      { id: 'a', proposedForm: 'informal', createdAt: '2026-01-01T10:00:00.000Z' },
      { id: 'b', proposedForm: 'iop', createdAt: '2026-01-03T10:00:00.000Z' },
      { id: 'c', proposedForm: null, createdAt: '2026-01-02T10:00:00.000Z' },
      { id: 'd', proposedForm: 'informal', createdAt: '2025-12-01T10:00:00.000Z' },
    ]);
    expect(ordered.map((i) => [i.id, i.kind, i.position])).toEqual([
      ['c', 'consultation', 1],
      ['b', 'consultation', 2],
      ['d', 'information', 3],
      ['a', 'information', 4],
    ]);
  });
});
