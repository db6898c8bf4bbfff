import { describe, expect, it } from 'vitest';
import { citesRequirementInProse } from '../../../shared/requirements/requirements';
import { en } from './en.messages';
import { sv } from './sv.messages';

function flatten(messages: Record<string, Record<string, string>>): [string, string][] {
  return Object.entries(messages).flatMap(([section, texts]) => Object.entries(texts).map(([key, text]): [string, string] => [`${section}.${key}`, text]));
}

describe('rule references in the UI texts', () => {
  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('no %s text cites a rule inside its sentence: rules are shown as tags beside the text', (_lang, messages) => {
    const offending = flatten(messages as unknown as Record<string, Record<string, string>>)
      .filter(([, text]) => citesRequirementInProse(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });
});
