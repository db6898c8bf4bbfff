import { describe, expect, it } from 'vitest';
import { recordRecommendationInput } from '../../../shared/initiatives/review.schemas';
import type { AgendaItemView } from '../../../shared/initiatives/review.schemas';
import { committeesFor, emptyRecommendation, localIsoDate, outcomesFor, splitAgenda, toRecommendationInput } from './review.format';

const MEETING = '00000000-0000-4000-8000-00000000000a';

describe('recording a recommendation (INI-2, INI-4)', () => {
  it('sends the form only with the outcome "form"', () => {
    const values = { ...emptyRecommendation('iop'), outcome: 'form' as const, justification: 'Passar IOP' };
    expect(toRecommendationInput(values, MEETING)).toEqual({
      outcome: 'form',
      recommendedForm: 'iop',
      referredTo: null,
      justification: 'Passar IOP',
      meetingId: MEETING,
      addedValue: null,
    });
    // A form left over from the proposal is not sent with another outcome (the server would refuse it).
    const notAppropriate = toRecommendationInput({ ...values, outcome: 'not_appropriate' }, MEETING);
    expect(notAppropriate?.recommendedForm).toBeNull();
    expect(recordRecommendationInput.safeParse(notAppropriate).success).toBe(true);
  });

  it('INI-4: sends the committee only with a referral', () => {
    const values = { ...emptyRecommendation(null), outcome: 'referred' as const, referredTo: 'culture', justification: 'Föreningsbidrag' };
    expect(toRecommendationInput(values, MEETING)?.referredTo).toBe('culture');
    expect(toRecommendationInput({ ...values, outcome: 'more_information' }, MEETING)?.referredTo).toBeNull();
  });

  it('FRM-2: sends the added value with a recommended form, and never with another outcome', () => {
    const values = {
      ...emptyRecommendation('iop'),
      outcome: 'form' as const,
      justification: 'Passar IOP',
      addedValueAffirmed: true,
      addedValueJustification: 'Erbjuds annars inte',
    };
    const input = toRecommendationInput(values, MEETING);
    expect(input?.addedValue).toEqual({ affirmed: true, justification: 'Erbjuds annars inte' });
    expect(recordRecommendationInput.safeParse(input).success).toBe(true);
    expect(toRecommendationInput({ ...values, outcome: 'not_appropriate' }, MEETING)?.addedValue).toBeNull();
  });

  it('INI-4: offers only a referral to a grant committee, or more information, for an association grant', () => {
    expect(outcomesFor(true)).toEqual(['referred', 'more_information']);
    expect(outcomesFor(false)).toEqual(['form', 'not_appropriate', 'referred', 'more_information']);
    const committees = ['district', 'social', 'culture', 'sports', 'education'].map((code) => ({ code }));
    expect(committeesFor(committees, true).map((c) => c.code)).toEqual(['district', 'social', 'culture', 'sports']);
    expect(committeesFor(committees, false)).toHaveLength(5);
  });

  it('refuses to build an input without an outcome', () => {
    expect(toRecommendationInput(emptyRecommendation(null), MEETING)).toBeNull();
  });
});

describe('the agenda of a meeting', () => {
  const item = (position: number, kind: 'consultation' | 'information') => ({ id: String(position), position, kind }) as unknown as AgendaItemView;

  it('INI-3: splits consultation from information items, each in agenda order', () => {
    const { consultation, information } = splitAgenda([item(3, 'information'), item(2, 'consultation'), item(1, 'consultation')]);
    expect(consultation.map((i) => i.position)).toEqual([1, 2]);
    expect(information.map((i) => i.position)).toEqual([3]);
  });

  it('dates a new meeting today in local time', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
