import { describe, expect, it } from 'vitest';
import { createInitiativeInput, initiativeQuery, MAX_FACTS_JSON_LENGTH, publicInitiativeInput } from './initiative.schemas';

const base = { title: 'Mentorer', origin: 'external', brief: 'Behov och syfte' };

describe('initiative input (INI-1)', () => {
  it('INI-1: needs a title, an origin and a brief of need and purpose', () => {
    const result = createInitiativeInput.safeParse({ title: ' ', brief: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['brief', 'origin', 'title']);
  });

  it('FRM-1: a proposed form must be one of the forms of cooperation', () => {
    expect(createInitiativeInput.safeParse({ ...base, proposedForm: 'vida' }).success).toBe(true);
    expect(createInitiativeInput.safeParse({ ...base, proposedForm: 'grant' }).success).toBe(false);
  });

  it('refuses negative amounts and oversized facts', () => {
    expect(createInitiativeInput.safeParse({ ...base, estimatedValueSek: -0.01 }).success).toBe(false);
    expect(createInitiativeInput.safeParse({ ...base, facts: { note: 'x'.repeat(MAX_FACTS_JSON_LENGTH) } }).success).toBe(false);
    expect(createInitiativeInput.safeParse({ ...base, facts: { compensation: true, amountSek: 10 } }).success).toBe(true);
  });

  it('reads one status, repeated statuses or a comma list', () => {
    expect(initiativeQuery.parse({ status: 'submitted' }).status).toEqual(['submitted']);
    expect(initiativeQuery.parse({ status: ['submitted', 'in_review'] }).status).toEqual(['submitted', 'in_review']);
    expect(initiativeQuery.parse({ status: 'submitted,withdrawn' }).status).toEqual(['submitted', 'withdrawn']);
    expect(initiativeQuery.safeParse({ status: 'lost' }).success).toBe(false);
  });
});

describe('public proposal input (IOP-10)', () => {
  const proposal = { organisationName: 'Förening', contactName: 'Namn', contactEmail: 'A@B.se', title: 'T', brief: 'B' };

  it('normalises the organisation number and e-mail, and treats an empty number as none', () => {
    expect(publicInitiativeInput.parse({ ...proposal, orgNumber: '8024006382' })).toMatchObject({ orgNumber: '802400-6382', contactEmail: 'a@b.se' });
    expect(publicInitiativeInput.parse({ ...proposal, orgNumber: '' }).orgNumber).toBeUndefined();
  });

  it('names orgNumber when the number is wrong', () => {
    const result = publicInitiativeInput.safeParse({ ...proposal, orgNumber: '802400-6383' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['orgNumber'], message: 'validation.orgNumber.check_digit' })]);
  });
});
