import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { fullTextArrayParser, parseTextArray, TEXT_ARRAY_OID } from './type-parsers';
import './database';

// Arrays as PostgreSQL's array_out writes them.
const cases: [string, (string | null)[]][] = [
  ['{}', []],
  ['{farsta}', ['farsta']],
  ['{farsta,newly_arrived_adults.language_training}', ['farsta', 'newly_arrived_adults.language_training']],
  ['{officer,manager}', ['officer', 'manager']],
  ['{Östermalm,Älvsjö,Årsta}', ['Östermalm', 'Älvsjö', 'Årsta']],
  ['{NULL,a}', [null, 'a']],
  ['{"NULL",a}', ['NULL', 'a']],
  ['{"",a}', ['', 'a']],
  ['{"Språkcafé Tensta","a,b"}', ['Språkcafé Tensta', 'a,b']],
  ['{"say \\"hej\\"","back\\\\slash"}', ['say "hej"', 'back\\slash']],
  ['{"{braces}"}', ['{braces}']],
  ['[2:3]={a,b}', ['a', 'b']],
];

describe('reading text[] values', () => {
  it('gives what pg’s full array parser gives, for plain and quoted arrays alike', () => {
    for (const [text, expected] of cases) {
      expect(parseTextArray(text), text).toEqual(expected);
      expect(parseTextArray(text), text).toEqual(fullTextArrayParser(text));
    }
  });

  it('is the parser the database client uses for text[]', () => {
    expect(pg.types.getTypeParser(TEXT_ARRAY_OID)).toBe(parseTextArray);
  });
});
