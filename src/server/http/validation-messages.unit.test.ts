import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordVersion } from '../../shared/http/number.schemas';
import type { Language } from './language';
import { fieldSchema, type ValidationItem, validationMessage } from './validation-messages';

/** The messages a schema's failures get, as the error handler words them (issue → item as fastify-type-provider-zod hands it over). */
function messagesOf(schema: z.ZodType, input: unknown, language: Language = 'sv'): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues.map((issue) => {
    const { path, code, message, ...params } = issue;
    const item: ValidationItem = { keyword: code, instancePath: `/${path.join('/')}`, message, params };
    let value: unknown = input;
    for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    return validationMessage(item, language, { missing: value === undefined || value === null, schema: fieldSchema(schema, path.map(String)) });
  });
}

const nbsp = (text: string) => text.replace(/(?<=\d) (?=\d)/g, '\u00a0');

// Every zod issue code, each kind of expected type and each origin of a bound.
const cases: [string, z.ZodType, unknown, string, string][] = [
  ['a missing field', z.object({ a: z.string() }), {}, 'Fältet är obligatoriskt', 'This field is required'],
  ['null for a required field', z.object({ a: z.number() }), { a: null }, 'Fältet är obligatoriskt', 'This field is required'],
  ['a number for a text', z.string(), 5, 'Ange en text', 'Enter a text'],
  ['a text for a number', z.number(), 'x', 'Ange ett tal', 'Enter a number'],
  ['a fraction for a whole number', z.number().int(), 1.5, 'Ange ett heltal', 'Enter a whole number'],
  ['a text for a bounded whole number', recordVersion, 'x', nbsp('Ange ett heltal mellan 0 och 2 147 483 647'), 'Enter a whole number between 0 and 2,147,483,647'],
  ['a text for yes or no', z.boolean(), 'x', 'Ange ja eller nej (true eller false)', 'Enter yes or no (true or false)'],
  ['a text for a list', z.array(z.string()), 'x', 'Ange en lista', 'Enter a list'],
  ['a text for a group of fields', z.object({}), 'x', 'Ange en grupp av fält (ett JSON-objekt)', 'Enter a group of fields (a JSON object)'],
  ['a text for a date object', z.date(), 'x', 'Ange ett datum', 'Enter a date'],
  ['a number for a bigint', z.bigint(), 1, 'Värdet har fel typ', 'The value has the wrong type'],
  ['an empty required text', z.string().min(1), '', 'Fältet är obligatoriskt', 'This field is required'],
  ['a too short text', z.string().min(3), 'a', 'Ange minst 3 tecken', 'Enter at least 3 characters'],
  ['a too long text', z.string().max(2_000), 'x'.repeat(2_001), nbsp('Ange högst 2 000 tecken'), 'Enter at most 2,000 characters'],
  ['a text of the wrong length', z.string().length(2), 'abc', 'Ange exakt 2 tecken', 'Enter exactly 2 characters'],
  ['a version beyond PostgreSQL integer', recordVersion, 2_147_483_648, nbsp('Ange ett heltal mellan 0 och 2 147 483 647'), 'Enter a whole number between 0 and 2,147,483,647'],
  ['a whole number below its only bound', z.number().int().min(1), 0, 'Ange ett heltal som är 1 eller större', 'Enter a whole number of 1 or more'],
  ['a whole number above its only bound', z.number().int().max(9), 10, 'Ange ett heltal som är 9 eller mindre', 'Enter a whole number of 9 or less'],
  ['a number out of its range', z.number().min(0).max(999_999_999_999.99), 1e12, nbsp('Ange ett tal mellan 0 och 999 999 999 999,99'), 'Enter a number between 0 and 999,999,999,999.99'],
  ['a negative number', z.number().min(0), -1, 'Ange ett tal som är 0 eller större', 'Enter a number of 0 or more'],
  ['zero for a positive number', z.number().positive(), 0, 'Ange ett tal som är större än 0', 'Enter a number greater than 0'],
  ['a number not below its limit', z.number().lt(5), 5, 'Ange ett tal som är mindre än 5', 'Enter a number less than 5'],
  ['a too large bigint', z.bigint().max(5n), 6n, 'Ange ett heltal som är 5 eller mindre', 'Enter a whole number of 5 or less'],
  ['an empty list', z.array(z.string()).min(1), [], 'Ange minst ett värde', 'Give at least one value'],
  ['a too short list', z.array(z.string()).min(2), ['a'], 'Ange minst 2 värden', 'Give at least 2 values'],
  ['a too long list', z.array(z.string()).max(20), Array(21).fill('a'), 'Ange högst 20 värden', 'Give at most 20 values'],
  ['two values where one is allowed', z.array(z.string()).max(1), ['a', 'b'], 'Ange högst ett värde', 'Give at most one value'],
  ['a too early date', z.date().min(new Date('2025-01-01')), new Date('2024-01-01'), 'Ange ett datum från och med 2025-01-01', 'Enter a date on or after 2025-01-01'],
  ['a too late date', z.date().max(new Date('2025-01-01')), new Date('2026-01-01'), 'Ange ett datum till och med 2025-01-01', 'Enter a date on or before 2025-01-01'],
  ['a too small set', z.set(z.string()).min(2), new Set(['a']), 'Ange minst 2 värden', 'Give at least 2 values'],
  ['a malformed id', z.uuid(), 'x', 'Ange ett id i formatet xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'Enter an id in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  ['a malformed e-mail', z.email(), 'x', 'Ange en giltig e-postadress', 'Enter a valid e-mail address'],
  ['a malformed date', z.iso.date(), '2025-13-45', 'Ange ett datum (ÅÅÅÅ-MM-DD)', 'Enter a date (YYYY-MM-DD)'],
  ['a malformed time stamp', z.iso.datetime(), 'x', 'Ange en tidpunkt i ISO 8601-format', 'Enter a time in ISO 8601 format'],
  ['a malformed time', z.iso.time(), 'x', 'Ange en tid (TT:MM)', 'Enter a time (HH:MM)'],
  ['a malformed web address', z.url(), 'x', 'Ange en webbadress som börjar med http:// eller https://', 'Enter a web address starting with http:// or https://'],
  ['a text against a pattern', z.string().regex(/^a/), 'b', 'Värdet har fel format', 'The value has the wrong format'],
  ['a text without its prefix', z.string().startsWith('a'), 'b', 'Värdet har fel format', 'The value has the wrong format'],
  ['an unknown choice', z.enum(['a', 'b']), 'c', 'Välj ett av: a, b', 'Choose one of: a, b'],
  ['another value than the only one', z.literal('a'), 'b', 'Värdet ska vara a', 'The value must be a'],
  ['a text for a yes-or-no text', z.stringbool(), 'maybe', 'Ange ja eller nej (true eller false)', 'Enter yes or no (true or false)'],
  ['an unknown field', z.strictObject({}), { b: 1 }, 'Okänt fält', 'Unknown field'],
  ['a value of no branch of a union', z.union([z.string(), z.number()]), true, 'Värdet är inte giltigt', 'The value is not valid'],
  ['an unknown kind of a discriminated union', z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]), { kind: 'c' }, 'Välj ett av: a, b', 'Choose one of: a, b'],
  ['more than two decimals', z.number().multipleOf(0.01), 0.001, 'Ange högst 2 decimaler', 'Enter at most 2 decimals'],
  ['not a multiple', z.number().multipleOf(5), 7, 'Ange en multipel av 5', 'Enter a multiple of 5'],
  ['a field name a record does not allow', z.record(z.string().regex(/^a/), z.string()), { b: 'x' }, 'Fältnamnet är inte tillåtet här', 'The field name is not allowed here'],
  ['a refinement without its own message', z.string().refine(() => false), 'x', 'Värdet är inte giltigt', 'The value is not valid'],
  ['a refinement with a catalogue key', z.number().refine(() => false, { error: 'validation.year' }), 1, 'Ange ett år mellan 1900 och 2200', 'Enter a year between 1900 and 2200'],
  ['a message key the catalogue lacks', z.string({ error: 'validation.not.in.catalogue' }), 5, 'Ange en text', 'Enter a text'],
];

// The schema library's own phrasing, in English and in its Swedish locale.
const LIBRARY_TEXT = /Invalid|Too (big|small)|Unrecognized|expected|received|Ogiltig|förväntat|förväntade|, fick |För stor|För lite|Okänd nyckel|^validation\./;

describe('validation messages', () => {
  it.each(cases)('word %s in plain Swedish and English', (_, schema, input, sv, en) => {
    expect(messagesOf(schema, input, 'sv')).toEqual([sv]);
    expect(messagesOf(schema, input, 'en')).toEqual([en]);
  });

  it('never pass the schema library’s text on, in either language', () => {
    for (const [, schema, input] of cases) {
      for (const language of ['sv', 'en'] as const) {
        for (const message of messagesOf(schema, input, language)) expect(message).not.toMatch(LIBRARY_TEXT);
      }
    }
  });

  it('word an issue code they have never seen as an invalid value rather than echo it', () => {
    const item: ValidationItem = { keyword: 'some_future_code', instancePath: '/a', message: 'Invalid input: expected something', params: {} };
    expect(validationMessage(item, 'sv', { missing: false })).toBe('Värdet är inte giltigt');
  });

  it('find a field’s schema through objects, lists, records and wrappers', () => {
    const schema = z.strictObject({ rows: z.array(z.object({ year: recordVersion.optional() })).nullable(), named: z.record(z.string(), z.number()) });
    expect(fieldSchema(schema, ['rows', '0', 'year'])).toBe(recordVersion);
    expect(fieldSchema(schema, ['named', 'x'])).toBeDefined();
    expect(fieldSchema(schema, ['nothing'])).toBeUndefined();
  });
});
