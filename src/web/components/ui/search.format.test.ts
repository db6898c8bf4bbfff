import { describe, expect, it } from 'vitest';
import { withoutEmpty } from './search.format';

describe('withoutEmpty', () => {
  it('drops empty and missing values and keeps the rest as they are', () => {
    expect(withoutEmpty({ q: '', kind: 'association', area: undefined, sort: ' name ' })).toEqual({ kind: 'association', sort: ' name ' });
  });

  it('gives an empty search for nothing set', () => {
    expect(withoutEmpty({ q: '' })).toEqual({});
  });
});
