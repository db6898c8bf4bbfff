import { describe, expect, it } from 'vitest';
import { canonicalJson, diffFields } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth so equal content gives equal text', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('leaves out undefined fields and writes dates as ISO strings', () => {
    expect(canonicalJson({ a: undefined, b: new Date('2026-01-02T03:04:05.006Z') })).toBe('{"b":"2026-01-02T03:04:05.006Z"}');
  });

  it('keeps Swedish characters as they are', () => {
    expect(canonicalJson({ namn: 'Åsa Öberg' })).toBe('{"namn":"Åsa Öberg"}');
  });
});

describe('diffFields', () => {
  it('lists only changed fields with before and after', () => {
    expect(diffFields({ name: 'A', roles: ['x'], same: 1 }, { name: 'B', roles: ['x'], same: 1 })).toEqual({
      name: { before: 'A', after: 'B' },
    });
  });

  it('records creations and removals with one side only', () => {
    expect(diffFields(null, { name: 'A' })).toEqual({ name: { after: 'A' } });
    expect(diffFields({ name: 'A' }, null)).toEqual({ name: { before: 'A' } });
  });
});
