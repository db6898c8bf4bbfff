import { describe, expect, it } from 'vitest';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { assessmentFormPath, formFromDraft, missingForSigning, resultOf, toDraftContent } from './democracy-form.model';

const blank = () =>
  formFromDraft({
    conditions: DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met: null, justification: '', evidence: [] })),
    exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: null, justification: '', evidence: [] })),
    basis: '',
    evidence: [],
    summary: '',
  });

function allYes() {
  const values = blank();
  for (const a of [...Object.values(values.conditions), ...Object.values(values.exclusions)]) a.answer = 'yes';
  values.basis = 'Stadgar och verksamhetsberättelse';
  return values;
}

describe('the democracy assessment form (DEM-1–3)', () => {
  it('DEM-3: starts with nothing answered, so every answer is a choice someone makes', () => {
    const values = blank();
    expect(resultOf(values)).toBeNull();
    const missing = missingForSigning(values);
    expect(missing).toHaveLength(10);
    expect(missing[0]).toBe('conditions.no_violence_or_coercion.answer');
    expect(missing).toContain('exclusions.outside_mission.answer');
    expect(missing.at(-1)).toBe('basis');
  });

  it('DEM-1/DEM-2: "Ja" is the safe answer everywhere — nine "Ja" are stored as met conditions and grounds that do not apply', () => {
    const content = toDraftContent(allYes());
    expect(content.conditions.every((a) => a.met === true)).toBe(true);
    expect(content.exclusions.every((a) => a.applies === false)).toBe(true);
    expect(resultOf(allYes())).toBe('eligible');
    expect(missingForSigning(allYes())).toEqual([]);
  });

  it('DEM-2: a "Nej" to a prerequisite is stored as a ground that applies, makes the result not eligible and needs a motivation', () => {
    const values = allYes();
    values.exclusions.no_good_economic_order.answer = 'no';
    expect(toDraftContent(values).exclusions[3]).toMatchObject({ ground: 'no_good_economic_order', applies: true });
    expect(resultOf(values)).toBe('not_eligible');
    expect(missingForSigning(values)).toEqual(['exclusions.no_good_economic_order.justification']);
    values.exclusions.no_good_economic_order.justification = 'Revisionsberättelsen saknas';
    expect(missingForSigning(values)).toEqual([]);
  });

  it('keeps a motivation and evidence only with a "Nej"; the "Ja" answers rest on the basis and its evidence', () => {
    const values = allYes();
    values.conditions.no_discrimination = { answer: 'no', justification: ' Uttalanden ', urls: 'https://a.se\n\n  https://b.se  ', documentIds: ['d1'] };
    values.conditions.no_violence_or_coercion.justification = 'Skrevs innan svaret ändrades till ja';
    values.basisUrls = 'https://stadgar.se';
    values.basisDocumentIds = ['d2'];
    const content = toDraftContent(values);
    expect(content.conditions[1]).toEqual({
      condition: 'no_discrimination',
      met: false,
      justification: 'Uttalanden',
      evidence: [
        { kind: 'url', url: 'https://a.se' },
        { kind: 'url', url: 'https://b.se' },
        { kind: 'document', documentId: 'd1' },
      ],
    });
    expect(content.conditions[0]).toEqual({ condition: 'no_violence_or_coercion', met: true, justification: '', evidence: [] });
    expect(content.evidence).toEqual([
      { kind: 'url', url: 'https://stadgar.se' },
      { kind: 'document', documentId: 'd2' },
    ]);
  });

  it('reads a saved draft back as the same answers', () => {
    const values = allYes();
    values.exclusions.outside_mission = { answer: 'no', justification: 'Rör inte förvaltningens målgrupper', urls: 'https://x.se', documentIds: [] };
    const content = toDraftContent(values);
    expect(toDraftContent(formFromDraft(content))).toEqual(content);
    expect(formFromDraft(content).exclusions.outside_mission.answer).toBe('no');
  });

  it('puts the server’s errors on the right question and evidence field', () => {
    const values = allYes();
    values.conditions.no_discrimination.urls = 'https://a.se';
    values.basisUrls = 'https://a.se';
    expect(assessmentFormPath('conditions.1.justification', values)).toBe('conditions.no_discrimination.justification');
    expect(assessmentFormPath('conditions.1.evidence.0.url', values)).toBe('conditions.no_discrimination.urls');
    expect(assessmentFormPath('conditions.1.evidence.1', values)).toBe('conditions.no_discrimination.documentIds');
    expect(assessmentFormPath('exclusions.4.applies', values)).toBe('exclusions.negative_effects_for_participants.answer');
    expect(assessmentFormPath('evidence.0.url', values)).toBe('basisUrls');
    expect(assessmentFormPath('evidence.1', values)).toBe('basisDocumentIds');
    expect(assessmentFormPath('basis', values)).toBe('basis');
  });
});
