import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './submit-errors.format';

const head = (path: string) => path.split('.')[0];

describe('fieldErrorsOf', () => {
  it('keys each message by its field, keeping the first one per field', () => {
    const errors = { 'areas.0': 'Okänt område', 'areas.1': 'Också okänt', title: 'Ange en titel' };
    expect(fieldErrorsOf(errors, head, new Set())).toEqual({ areas: 'Okänt område', title: 'Ange en titel' });
  });

  it('leaves out fields changed since the submit and paths of no field', () => {
    const errors = { title: 'Ange en titel', brief: 'Beskriv initiativet', version: 'Fel version' };
    const fieldOf = (path: string) => (path === 'version' ? undefined : path);
    expect(fieldErrorsOf(errors, fieldOf, new Set(['brief']))).toEqual({ title: 'Ange en titel' });
  });

  it('keeps the order in which the server named them', () => {
    const errors = { b: '2', a: '1' };
    expect(Object.keys(fieldErrorsOf(errors, (p) => p, new Set()))).toEqual(['b', 'a']);
  });
});
