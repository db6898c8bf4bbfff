import { type JsonSchema, typesOf, validValue } from './openapi-operations';

/** A value of the wrong JSON type for a schema. */
export function wrongType(schema: JsonSchema): unknown {
  const types = typesOf(schema);
  if (types.includes('string')) return 12345;
  if (types.some((t) => ['integer', 'number', 'boolean', 'array', 'object'].includes(t))) return 'text';
  return ['unexpected'];
}

/** A value of the right type that breaks the schema's bounds, format or choices. */
export function outOfBounds(schema: JsonSchema): unknown {
  const branch = (schema.oneOf ?? schema.anyOf)?.find((s) => s.type !== 'null' && !(s.enum?.length === 1 && s.enum[0] === null));
  if (branch) return outOfBounds(branch);
  if (schema.enum) return 'no_such_choice';
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return 'not-a-uuid';
      if (schema.format === 'date') return '2025-13-45';
      if (schema.format === 'date-time') return 'yesterday';
      if (schema.format === 'uri') return 'not a web address';
      if (schema.maxLength !== undefined) return 'x'.repeat(schema.maxLength + 1);
      if (schema.pattern !== undefined) return '!!';
      return '';
    case 'integer':
      return schema.maximum !== undefined && schema.maximum < 1e15 ? schema.maximum + 1 : 1.5;
    case 'number':
      return schema.maximum !== undefined ? schema.maximum * 10 + 1 : -1;
    case 'boolean':
      return 'maybe';
    case 'array':
      if (schema.maxItems !== undefined) return Array.from({ length: schema.maxItems + 1 }, () => validValue(schema.items ?? {}));
      if ((schema.minItems ?? 0) > 0) return [];
      return [outOfBounds(schema.items ?? {})];
    case 'object':
      return mapProperties(schema, outOfBounds);
    default:
      return ['unexpected'];
  }
}

function mapProperties(schema: JsonSchema, value: (s: JsonSchema) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, s]) => [name, value(s)]));
}

/** A value one level down of the wrong type: the wrong element of a list, the wrong fields of a group. */
function nestedWrong(schema: JsonSchema): unknown {
  const branch = (schema.oneOf ?? schema.anyOf)?.find((s) => s.type === 'object' || s.type === 'array');
  const target = branch ?? schema;
  if (target.type === 'array') return [wrongType(target.items ?? {})];
  if (target.type === 'object') return { ...mapProperties(target, wrongType), unknownField: 1 };
  return wrongType(schema);
}

/**
 * Bodies that break an object schema in every way a schema can complain about: nothing at all,
 * null, every field of the wrong type, every field out of bounds, every field null, nested
 * fields wrong, and an unknown field.
 */
export function badBodies(schema: JsonSchema): unknown[] {
  if (schema.type !== 'object') return [null, wrongType(schema), outOfBounds(schema)];
  return [
    {},
    null,
    [],
    { ...mapProperties(schema, wrongType), unknownField: true },
    mapProperties(schema, outOfBounds),
    mapProperties(schema, () => null),
    mapProperties(schema, nestedWrong),
  ];
}

/** Texts that break a path or query parameter's schema. */
export function badTexts(schema: JsonSchema): string[] {
  const types = typesOf(schema);
  const texts = ['', 'not valid', 'x'.repeat(300)];
  if (types.includes('integer') || types.includes('number')) texts.push('1.5', '99999999999', '-1');
  if (types.includes('boolean')) texts.push('maybe');
  const bad = outOfBounds(schema);
  if (typeof bad === 'string') texts.push(bad);
  return texts;
}
