import { describe, expect, it } from 'vitest';
import { assessDemocracy } from '../../../shared/organisations/democracy.rules';
import { assessmentFormPath, emptyAssessmentForm, isFullyAnswered, missingAnswers, toAssessmentInput } from './democracy-form.model';

function answeredForm() {
  const values = emptyAssessmentForm();
  for (const a of Object.values(values.conditions)) Object.assign(a, { answer: true, justification: 'Granskat' });
  for (const a of Object.values(values.exclusions)) Object.assign(a, { answer: false, justification: 'Granskat' });
  return values;
}

describe('the democracy assessment form (DEM-1–3)', () => {
  it('starts with nothing answered, so every answer is a choice the manager makes', () => {
    const values = emptyAssessmentForm();
    expect(isFullyAnswered(values)).toBe(false);
    expect(missingAnswers(values)).toHaveLength(18);
    expect(missingAnswers(values)[0]).toBe('conditions.no_violence_or_coercion.answer');
  });

  it('sends the answers in the order of the rules, with web addresses before documents as evidence', () => {
    const values = answeredForm();
    values.conditions.no_discrimination.urls = 'https://a.se\n\n  https://b.se  ';
    values.conditions.no_discrimination.documentIds = ['d1'];
    const input = toAssessmentInput(values);
    expect(input.conditions.map((c) => c.condition)).toEqual([
      'no_violence_or_coercion',
      'no_discrimination',
      'no_justification_of_such_acts',
      'no_counteracting_democracy',
    ]);
    expect(input.conditions[1]?.evidence).toEqual([
      { kind: 'url', url: 'https://a.se' },
      { kind: 'url', url: 'https://b.se' },
      { kind: 'document', documentId: 'd1' },
    ]);
    expect(assessDemocracy(input.conditions, input.exclusions)).toBe('eligible');
    expect(input).not.toHaveProperty('summary');
  });

  it('DEM-2: one exclusion ground that applies makes the result not eligible', () => {
    const values = answeredForm();
    values.exclusions.no_good_economic_order.answer = true;
    const input = toAssessmentInput(values);
    expect(assessDemocracy(input.conditions, input.exclusions)).toBe('not_eligible');
  });

  it('puts the server’s errors on the right question and evidence field', () => {
    const values = answeredForm();
    values.conditions.no_discrimination.urls = 'https://a.se';
    expect(assessmentFormPath('conditions.1.justification', values)).toBe('conditions.no_discrimination.justification');
    expect(assessmentFormPath('conditions.1.evidence.0.url', values)).toBe('conditions.no_discrimination.urls');
    expect(assessmentFormPath('conditions.1.evidence.1', values)).toBe('conditions.no_discrimination.documentIds');
    expect(assessmentFormPath('exclusions.4.applies', values)).toBe('exclusions.negative_effects_for_participants.answer');
    expect(assessmentFormPath('summary', values)).toBe('summary');
  });
});
