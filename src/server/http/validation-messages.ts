import type { Language } from './language';
import { formatMessage, problemMessages, translate } from './problem-messages';

/** One schema failure as fastify-type-provider-zod hands it over: the zod issue's code, path, message and details. */
export type ValidationItem = { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };

/** What the request held at the failing field, and the schema that field was checked against. */
export type FieldFacts = {
  /** The field was absent or null. */
  missing: boolean;
  /** The zod schema of the field, when it can be found from the route's schema. */
  schema?: unknown;
};

type ZodLike = { _zod?: { def?: Record<string, unknown> } };

function defOf(schema: unknown): Record<string, unknown> | undefined {
  return (schema as ZodLike | undefined)?._zod?.def;
}

// Wrappers that hold the schema that really checks the value.
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (!def) return current;
    if (WRAPPERS.has(String(def.type))) current = def.innerType;
    else if (def.type === 'pipe') current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
    else if (def.type === 'lazy' && typeof def.getter === 'function') current = (def.getter as () => unknown)();
    else return current;
  }
  return current;
}

/** The zod schema of the field at `path` inside `root`, or undefined when the path leads through a union or is unknown. */
export function fieldSchema(root: unknown, path: readonly string[]): unknown {
  let current = unwrap(root);
  for (const key of path) {
    const def = defOf(current);
    if (!def) return undefined;
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[key];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
    current = unwrap(current);
  }
  return current;
}

const numberFormats: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 20 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 }),
};

function formatNumber(value: unknown, language: Language): string {
  if (typeof value === 'bigint') return numberFormats[language].format(value);
  if (typeof value === 'number') return numberFormats[language].format(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** Finite bounds of a number schema, or undefined when it has none on either side. */
function numberBounds(schema: unknown): { min: number; max: number; int: boolean } | undefined {
  const field = schema as { minValue?: unknown; maxValue?: unknown; isInt?: unknown } | undefined;
  if (defOf(schema)?.type !== 'number' || typeof field?.minValue !== 'number' || typeof field.maxValue !== 'number') return undefined;
  // An int's implicit safe-integer range is no bound a user needs to hear about.
  const bounded = (n: number) => Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  if (!bounded(field.minValue) || !bounded(field.maxValue)) return undefined;
  return { min: field.minValue, max: field.maxValue, int: field.isInt === true };
}

function rangeMessage(schema: unknown, language: Language, fallbackInt: boolean): string | undefined {
  const bounds = numberBounds(schema);
  if (!bounds) return undefined;
  const key = bounds.int || fallbackInt ? 'validation.int.between' : 'validation.number.between';
  return formatMessage(key, language, { minimum: formatNumber(bounds.min, language), maximum: formatNumber(bounds.max, language) });
}

const typeKeys: Record<string, string> = {
  string: 'validation.type.string',
  number: 'validation.type.number',
  int: 'validation.type.int',
  boolean: 'validation.type.boolean',
  array: 'validation.type.array',
  object: 'validation.type.object',
  date: 'validation.type.date',
};

function invalidType(item: ValidationItem, language: Language, facts: FieldFacts): string {
  if (facts.missing) return translate('validation.required', language);
  const expected = String(item.params.expected ?? '');
  if (expected === 'number' || expected === 'int') {
    const range = rangeMessage(facts.schema, language, expected === 'int');
    if (range) return range;
  }
  return translate(typeKeys[expected] ?? 'validation.type.other', language);
}

function bound(item: ValidationItem, language: Language, facts: FieldFacts, side: 'minimum' | 'maximum'): string {
  const origin = String(item.params.origin ?? '');
  const limit = item.params[side];
  const value = formatNumber(limit, language);
  const inclusive = item.params.inclusive !== false;
  const small = side === 'minimum';
  switch (origin) {
    case 'string':
      if (item.params.exact === true) return formatMessage('validation.text.exact', language, { length: value });
      if (small && Number(limit) <= 1) return translate('validation.required', language);
      return formatMessage(small ? 'validation.text.min' : 'validation.text.max', language, { [side]: value });
    case 'array':
    case 'set':
      if (small && Number(limit) <= 1) return translate('validation.list.empty', language);
      if (!small && Number(limit) === 1) return translate('validation.list.maxOne', language);
      return formatMessage(small ? 'validation.list.min' : 'validation.list.max', language, { [side]: value });
    case 'number':
    case 'int':
    case 'bigint': {
      const whole = origin !== 'number' || (facts.schema as { isInt?: unknown } | undefined)?.isInt === true;
      const range = inclusive ? rangeMessage(facts.schema, language, whole) : undefined;
      if (range) return range;
      const prefix = whole ? 'validation.int' : 'validation.number';
      const key = inclusive ? `${prefix}.${small ? 'min' : 'max'}` : `validation.number.${small ? 'above' : 'below'}`;
      return formatMessage(key, language, { [side]: value });
    }
    case 'date': {
      const date = typeof limit === 'number' || limit instanceof Date ? new Date(limit) : undefined;
      const day = date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : value;
      return formatMessage(small ? 'validation.date.min' : 'validation.date.max', language, { [side]: day });
    }
    default:
      return translate(small ? 'validation.value.tooSmall' : 'validation.value.tooBig', language);
  }
}

const formatKeys: Record<string, string> = {
  uuid: 'validation.format.uuid',
  uuidv4: 'validation.format.uuid',
  uuidv6: 'validation.format.uuid',
  uuidv7: 'validation.format.uuid',
  guid: 'validation.format.uuid',
  email: 'validation.email',
  date: 'validation.date',
  datetime: 'validation.datetime',
  time: 'validation.format.time',
  url: 'validation.url',
};

function listOf(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : '';
}

function decimalsOf(divisor: number): number | undefined {
  for (let decimals = 1; decimals <= 6; decimals++) if (Math.abs(divisor - 10 ** -decimals) < 1e-12) return decimals;
  return undefined;
}

/**
 * The sentence for one schema failure, in the caller's language: the schema's own message key when
 * the catalogue knows it, else our wording of the issue — never the schema library's text.
 */
export function validationMessage(item: ValidationItem, language: Language, facts: FieldFacts): string {
  if (item.message && problemMessages[item.message]) return translate(item.message, language);
  switch (item.keyword) {
    case 'invalid_type':
      return invalidType(item, language, facts);
    case 'too_small':
      return bound(item, language, facts, 'minimum');
    case 'too_big':
      return bound(item, language, facts, 'maximum');
    case 'invalid_format':
      return translate(formatKeys[String(item.params.format)] ?? 'validation.format', language);
    case 'invalid_value': {
      if (item.params.expected === 'stringbool') return translate('validation.type.boolean', language);
      const values = Array.isArray(item.params.values) ? item.params.values : [];
      if (values.length === 1) return formatMessage('validation.value.exact', language, { value: listOf(values) });
      return formatMessage('validation.value.oneOf', language, { values: listOf(values) });
    }
    case 'invalid_union':
      // A discriminated union names the allowed kinds; other unions can only say the value is wrong.
      if (Array.isArray(item.params.options) && item.params.options.length > 0) {
        return formatMessage('validation.value.oneOf', language, { values: listOf(item.params.options) });
      }
      return translate(facts.missing ? 'validation.required' : 'validation.value.invalid', language);
    case 'not_multiple_of': {
      const divisor = Number(item.params.divisor);
      const decimals = decimalsOf(divisor);
      if (decimals !== undefined) return formatMessage('validation.number.decimals', language, { decimals: String(decimals) });
      return formatMessage('validation.number.multipleOf', language, { divisor: formatNumber(divisor, language) });
    }
    case 'unrecognized_keys':
      return translate('validation.unknown_property', language);
    case 'invalid_key':
      return translate('validation.key', language);
    default:
      // `custom` (a refinement without its own message), `invalid_element` and anything newer.
      return translate(facts.missing ? 'validation.required' : 'validation.value.invalid', language);
  }
}
