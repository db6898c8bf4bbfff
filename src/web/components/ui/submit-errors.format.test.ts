import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, unplacedErrorsOf } from './submit-errors.format';

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

describe('unplacedErrorsOf', () => {
  it('gives the messages of paths that belong to no field, once each', () => {
    const errors = { title: 'Ange en titel', version: 'Ange ett heltal mellan 1 och 2 147 483 647', '': 'Värdet är inte giltigt', other: 'Värdet är inte giltigt' };
    const fieldOf = (path: string) => (path === 'title' ? path : undefined);
    expect(unplacedErrorsOf(errors, fieldOf)).toEqual(['Ange ett heltal mellan 1 och 2 147 483 647', 'Värdet är inte giltigt']);
  });
});
