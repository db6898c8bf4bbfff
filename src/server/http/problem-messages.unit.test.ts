import { describe, expect, it } from 'vitest';
import { citesRequirementInProse, requirementById } from '../../shared/requirements/requirements';
import { messageRequirements, problemMessages, requirementOf } from './problem-messages';

describe('the problem messages', () => {
  it('name no rule inside their sentences: the rule goes beside them as `requirement`', () => {
    const offending = Object.entries(problemMessages).flatMap(([key, texts]) =>
      Object.values(texts).filter((text) => citesRequirementInProse(text)).map((text) => `${key}: ${text}`),
    );
    expect(offending).toEqual([]);
  });

  it('give every rule reference a message that exists and a rule the catalogue knows', () => {
    for (const [key, id] of Object.entries(messageRequirements)) {
      expect(problemMessages[key], key).toBeDefined();
      expect(requirementById(id), id).toBeDefined();
    }
    expect(requirementOf('validation.reservedContract.term')).toBe('FRM-6');
    expect(requirementOf('validation.required')).toBeUndefined();
  });
});
