import fc from 'fast-check';
import { multipartBody } from './multipart';
import type { JsonSchema } from './openapi-operations';

/** Known ids by what they name, so that generated requests reach records that exist. */
export type IdPool = { byKind: Record<string, string[]>; all: string[] };

/** Texts that have broken servers: NUL, lone surrogates, huge and exotic text, path and markup tricks. */
export const evilString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\udfff',
    'x\udc00y',
    '🙂',
    '\u202e\u2066exe.pdf',
    'Å'.repeat(5_000),
    'x'.repeat(70_000),
    '🙂'.repeat(3_000),
    ' ',
    '',
    '%00',
    '../../../etc/passwd',
    '<script>alert(1)</script>',
    "'; drop table app_user; --",
    '=HYPERLINK("http://x")',
    '2147483648',
    '-1',
    'NaN',
    '1e999',
    'null',
    'true',
    '{}',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** Characters that text columns, JSON and encoders choke on. */
const specialCharacter: fc.Arbitrary<string> = fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\ufeff', '\uffff', '🙂', 'Å', '"', '\\', '%', '\n');

/** Ordinary characters with a special one now and then. */
const nastyCharacter: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: specialCharacter, weight: 1 },
);

/** A text of fitting length whose characters may be anything, NUL and lone surrogates included. */
function nastyString(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: nastyCharacter, minLength, maxLength });
}

/** Numbers at and past every limit the database and JavaScript have. */
export const evilNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(2_147_483_648, -2_147_483_649, 2_147_483_647, 0, -1, 1.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e12, 1e15),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any wrong thing in place of a value. */
export const evilValue: fc.Arbitrary<unknown> = fc.oneof(
  evilString,
  evilNumber,
  fc.constantFrom(null, true, false, {}, [], [null], { __proto__: null, constructor: 1 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const idKinds: Record<string, string> = {
  organisationId: 'organisation',
  organisationIds: 'organisation',
  cooperationId: 'cooperation',
  initiativeId: 'initiative',
  userId: 'app_user',
  responsibleManagerId: 'app_user',
  actorId: 'app_user',
  memberId: 'governance_member',
  meetingId: 'governance_meeting',
  documentId: 'organisation_document',
  reportsToId: 'governance_body',
  bodyId: 'governance_body',
  agreementId: 'agreement',
};

function idOf(pool: IdPool, name: string): fc.Arbitrary<string> {
  const known = pool.byKind[idKinds[name] ?? ''] ?? pool.all;
  const ids = known.length > 0 ? known : pool.all;
  return ids.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 }) : fc.uuid();
}

const isoDay = fc.date({ min: new Date('1899-01-01'), max: new Date('2201-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/**
 * Values that mostly fit a schema — with real ids where an id is asked for — and now and then
 * put a wrong value in place of any one field, so that requests get past validation as often
 * as they fail it.
 */
export function fromSchema(schema: JsonSchema, pool: IdPool, name = '', depth = 0, mutate = true): fc.Arbitrary<unknown> {
  const fitting = fitsSchema(schema, pool, name, depth, mutate);
  return mutate ? fc.oneof({ arbitrary: fitting, weight: 6 }, { arbitrary: evilValue, weight: 1 }) : fitting;
}

function fitsSchema(schema: JsonSchema, pool: IdPool, name: string, depth: number, mutate: boolean): fc.Arbitrary<unknown> {
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches && branches.length > 0) return fc.oneof(...branches.map((b) => fitsSchema(b, pool, name, depth, mutate)));
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => (schema.nullable ? fc.option(arbitrary, { nil: null, freq: 6 }) : arbitrary);
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'string': {
      if (schema.format === 'uuid') return nullable(idOf(pool, name));
      if (schema.format === 'date') return nullable(isoDay);
      if (schema.format === 'date-time') return nullable(fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()));
      if (schema.format === 'uri') return nullable(fc.webUrl());
      if (schema.format === 'email' || /email/i.test(name)) return nullable(fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254)));
      if (schema.pattern) return nullable(fc.stringMatching(new RegExp(schema.pattern)).filter((v) => v.length <= (schema.maxLength ?? 200)));
      const maxLength = Math.min(schema.maxLength ?? 60, 60);
      const minLength = Math.min(schema.minLength ?? 0, maxLength);
      const text = fc.string({ unit: 'grapheme', minLength, maxLength });
      return nullable(mutate ? fc.oneof({ arbitrary: text, weight: 2 }, { arbitrary: nastyString(minLength, maxLength), weight: 1 }) : text);
    }
    case 'integer':
      // Records start at version 1 and change a few times: small versions often match.
      if (name === 'version') return fc.integer({ min: 1, max: 4 });
      return nullable(fc.integer({ min: Math.max(schema.minimum ?? -1_000, -1_000_000), max: Math.min(schema.maximum ?? 1_000, 1_000_000) }));
    case 'number':
      return nullable(fc.double({ min: Math.max(schema.minimum ?? -1e6, -1e13), max: Math.min(schema.maximum ?? 1e6, 1e13), noNaN: true }));
    case 'boolean':
      return nullable(fc.boolean());
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const item = fromSchema(schema.items ?? {}, pool, name, depth + 1, mutate);
      return nullable(fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) }));
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, fromSchema(s, pool, key, depth + 1, mutate)]));
      if (Object.keys(properties).length === 0) return nullable(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }));
      return nullable(fc.record(properties, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** The places in a JSON value that hold a plain value (text, number, boolean, null), by path. */
function leaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  } else {
    out.push(path);
  }
  return out;
}

/** A copy of a JSON value with the value at one path replaced. */
function replaceAt(value: unknown, path: (string | number)[], replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, replace);
  return copy;
}

/** A fitting value with exactly one plain value changed: swapped for a wrong one, or a nasty character put into a text. */
function withOneChange(fitting: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(fitting, fc.nat(), fc.boolean(), evilValue, specialCharacter, fc.nat()).map(([value, which, swap, evil, character, at]) => {
    const places = leaves(value);
    const path = places.length > 0 ? places[which % places.length] : [];
    return replaceAt(value, path ?? [], (old) => {
      if (swap || typeof old !== 'string') return evil;
      const i = old.length === 0 ? 0 : at % (old.length + 1);
      return old.slice(0, i) + character + old.slice(i);
    });
  });
}

/** A fitting value with one special character put into every text (a whole form filled in with it). */
function withEveryText(fitting: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(fitting, fc.constantFrom('\u0000', '\ud800', '\udfff', '🙂', '\u202e')).map(([value, character]) =>
    leaves(value).reduce((v, path) => replaceAt(v, path, (old) => (typeof old === 'string' && old.length > 0 ? old + character : old)), value),
  );
}

/** One request body and how it is sent. */
export type FuzzBody = { payload?: string | Buffer; contentType?: string; label: string };

const malformedJson = fc.constantFrom(
  '{',
  '{"a":',
  '[1,2',
  '"unterminated',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"version":1e400}',
  '{"a":1,"a":2}',
  '\u0000',
  '{"x":"\\ud800"}',
  `${'['.repeat(3_000)}${']'.repeat(3_000)}`,
  'null',
  '0',
  '""',
  '',
);

/** Bodies for a route: generated and mutated JSON, malformed JSON, wrong content types and broken multipart. */
export function bodyFor(schema: JsonSchema | undefined, pool: IdPool): fc.Arbitrary<FuzzBody> {
  const asJson = (label: string) => (value: unknown): FuzzBody => ({ payload: JSON.stringify(value) ?? 'null', contentType: 'application/json', label });
  // Bodies that fit, to reach the services and the database; and bodies with wrong values anywhere.
  const fittingValue = schema ? fromSchema(schema, pool, '', 0, false) : fc.constant({});
  const fitting = fittingValue.map(asJson('fitting JSON'));
  const changed = withOneChange(fittingValue).map(asJson('fitting JSON with one change'));
  const everyText = withEveryText(fittingValue).map(asJson('fitting JSON with a special character in every text'));
  const mutated = (schema ? fromSchema(schema, pool) : fc.jsonValue({ maxDepth: 3 })).map(asJson('mutated JSON'));
  const wrongTypes = fc.constantFrom<FuzzBody>(
    { payload: 'hello', contentType: 'text/plain', label: 'text/plain' },
    { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded', label: 'form-urlencoded' },
    { payload: '<a>1</a>', contentType: 'application/xml', label: 'xml' },
    { payload: '{"a":1}', contentType: 'application/json; charset=latin1', label: 'json latin1' },
    { payload: '{"a":1}', contentType: 'multipart/form-data', label: 'multipart without boundary' },
    { payload: 'not multipart at all', contentType: 'multipart/form-data; boundary=xyz', label: 'junk multipart' },
    { label: 'no body' },
  );
  const multipart = fc
    .record({
      files: fc.integer({ min: 0, max: 3 }),
      field: fc.option(evilString, { nil: undefined }),
      fileName: evilString,
      bytes: fc.uint8Array({ maxLength: 64 }),
      cut: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    })
    .map(({ files, field, fileName, bytes, cut }): FuzzBody => {
      const parts = [
        ...(field !== undefined ? [{ name: 'note', body: field }] : []),
        ...Array.from({ length: files }, (_, i) => ({ name: i === 0 ? 'file' : `file${i}`, fileName: fileName.replace(/["\r\n]/g, '_'), body: Buffer.from(bytes) })),
      ];
      const { payload, headers } = multipartBody(parts);
      return {
        payload: cut !== undefined ? payload.subarray(0, Math.max(0, payload.length - cut)) : payload,
        contentType: headers['content-type'],
        label: `multipart files=${files}${cut !== undefined ? ` cut=${cut}` : ''}`,
      };
    });
  return fc.oneof(
    { arbitrary: fitting, weight: 4 },
    { arbitrary: changed, weight: 4 },
    { arbitrary: everyText, weight: 3 },
    { arbitrary: mutated, weight: 3 },
    { arbitrary: malformedJson.map((payload): FuzzBody => ({ payload, contentType: 'application/json', label: 'malformed JSON' })), weight: 2 },
    { arbitrary: wrongTypes, weight: 2 },
    { arbitrary: multipart, weight: schema ? 1 : 6 },
  );
}

/** Text for a path parameter or query value: mostly fitting, sometimes evil. */
export function textFor(schema: JsonSchema, pool: IdPool, name: string): fc.Arbitrary<string> {
  return fromSchema(schema, pool, name).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''));
}
