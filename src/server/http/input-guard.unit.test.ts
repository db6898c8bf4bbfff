import { describe, expect, it } from 'vitest';
import { findUnstorableInput, hasForbiddenCharacter, MAX_INPUT_DEPTH } from './input-guard';

describe('input that can never be stored', () => {
  it('is a text with a NUL character or a lone surrogate, but not a whole surrogate pair', () => {
    expect(hasForbiddenCharacter('a\u0000b')).toBe(true);
    expect(hasForbiddenCharacter('a\ud800')).toBe(true);
    expect(hasForbiddenCharacter('\udc00a')).toBe(true);
    expect(hasForbiddenCharacter('\udc00\ud800')).toBe(true);
    expect(hasForbiddenCharacter('Förening 🙂 å ä ö')).toBe(false);
    expect(hasForbiddenCharacter('')).toBe(false);
  });

  it('is found anywhere in a value, keys included, and named by its path', () => {
    expect(findUnstorableInput({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({ path: 'a.1.c', message: 'validation.text.forbiddenCharacter' });
    expect(findUnstorableInput({ q: '\ud800' }, ['query'])).toEqual({ path: 'query.q', message: 'validation.text.forbiddenCharacter' });
    expect(findUnstorableInput({ ['k\u0000']: 1 })).toEqual({ path: 'k?', message: 'validation.text.forbiddenCharacter' });
    expect(findUnstorableInput({ a: ['🙂', 1, null, true], b: { c: 'å' } })).toBeUndefined();
    expect(findUnstorableInput(undefined)).toBeUndefined();
  });

  it('includes nesting deeper than any form of the API, found without exhausting the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableInput(deep)?.message).toBe('validation.tooDeep');
    let allowed: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) allowed = { a: allowed };
    expect(findUnstorableInput(allowed)).toBeUndefined();
  });
});
