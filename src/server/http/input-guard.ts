import type { FastifyInstance } from 'fastify';
import { DomainError, type FieldError } from './errors';

/** Deepest nesting of objects and arrays accepted in a body; every form of the API nests far less. */
export const MAX_INPUT_DEPTH = 32;

// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u`
// flag, so the pattern sees UTF-16 code units).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * True when a text cannot be stored: it holds a NUL character (PostgreSQL text and JSON refuse
 * it) or a lone UTF-16 surrogate (not a Unicode character at all, refused by jsonb and by encoders).
 */
export function hasForbiddenCharacter(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

type Found = { path: string; message: string };

/**
 * The first place in a parsed value (body, query or path parameters) where a key or text cannot
 * be stored, or which nests deeper than `MAX_INPUT_DEPTH`; walked without recursion so that no
 * input can exhaust the stack.
 */
export function findUnstorableInput(value: unknown, prefix: string[] = []): Found | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: prefix }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof current === 'string') {
      if (hasForbiddenCharacter(current)) return { path: path.join('.'), message: 'validation.text.forbiddenCharacter' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length - prefix.length >= MAX_INPUT_DEPTH) return { path: path.join('.'), message: 'validation.tooDeep' };
    const entries: [string, unknown][] = Array.isArray(current) ? current.map((v, i) => [String(i), v]) : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      if (hasForbiddenCharacter(key)) return { path: [...path, key.replace(/[^\x20-\x7e]/g, '?')].join('.'), message: 'validation.text.forbiddenCharacter' };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/** A 400 naming the field that holds input that cannot be stored. */
export function unstorableInputError(found: Found): DomainError {
  const error: FieldError = { path: found.path, message: found.message };
  return new DomainError('validation_failed', { errors: [error] });
}

/**
 * Refuses, for every route, path parameters, query strings and JSON bodies that hold a NUL
 * character or a lone surrogate, or nest absurdly deep — before any schema, service or database
 * sees them. Multipart uploads are checked by their reader (`files/multipart-upload.ts`).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const found =
      findUnstorableInput(req.params, ['params']) ??
      findUnstorableInput(req.query, ['query']) ??
      // Body fields are named bare, as validation errors name them.
      findUnstorableInput(req.body);
    if (found) throw unstorableInputError(found);
  });
}
