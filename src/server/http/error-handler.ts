import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProblemView } from '../../shared/http/problem.schemas';
import { DomainError, type FieldError } from './errors';
import { type Language, pickLanguage } from './language';
import { requirementOf, translate } from './problem-messages';
import { type FieldFacts, fieldSchema, type ValidationItem, validationMessage } from './validation-messages';

function fieldPath(context: string | undefined, instancePath: string, key?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (key !== undefined) parts.push(key);
  const path = parts.join('.');
  // Body fields are named bare (`email`); query and path parameters say where they came from.
  if (context === 'querystring') return path ? `query.${path}` : 'query';
  if (context === 'params') return path ? `params.${path}` : 'params';
  return path;
}

/** The request's data and the route's schema for one validation context, to describe a failing field. */
export type ValidationSource = { data: unknown; schema: unknown };

function factsOf(item: ValidationItem, source: ValidationSource | undefined): FieldFacts {
  const parts = item.instancePath.split('/').filter(Boolean);
  let value: unknown = source?.data;
  for (const part of parts) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return { missing: value === undefined || value === null, schema: source ? fieldSchema(source.schema, parts) : undefined };
}

/** One field error per problem; an unknown property is named by its own path. */
export function toFieldErrors(
  items: ValidationItem[],
  context: string | undefined,
  language: Language,
  source?: ValidationSource,
): FieldError[] {
  return items.flatMap((item) => {
    if (item.keyword === 'unrecognized_keys' && Array.isArray(item.params.keys)) {
      return (item.params.keys as string[]).map((key) => ({
        path: fieldPath(context, item.instancePath, key),
        message: translate('validation.unknown_property', language),
      }));
    }
    return [{ path: fieldPath(context, item.instancePath), message: validationMessage(item, language, factsOf(item, source)) }];
  });
}

function problem(status: number, code: string, language: Language, errors?: FieldError[]): ProblemView {
  const requirement = requirementOf(code);
  return {
    type: `urn:samverkan:problem:${code}`,
    title: translate(code, language),
    status,
    code,
    ...(requirement ? { requirement } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** A domain error's field error in words, with the rule it enforces beside them when it is one. */
function wordedFieldError(error: FieldError, language: Language): FieldError {
  const requirement = requirementOf(error.message);
  return { path: error.path, message: translate(error.message, language), ...(requirement ? { requirement } : {}) };
}

/** Sends a problem+json response. */
export function sendProblem(reply: FastifyReply, body: ProblemView): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

const fastifyCodes: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
};

const sourceOf: Record<string, (req: FastifyRequest) => unknown> = {
  body: (req) => req.body,
  querystring: (req) => req.query,
  params: (req) => req.params,
  headers: (req) => req.headers,
};

/** The failing request part's data and the route's schema for it. */
function validationSource(req: FastifyRequest, context: string | undefined): ValidationSource | undefined {
  const read = context ? sourceOf[context] : undefined;
  if (!read || !context) return undefined;
  const schemas = req.routeOptions.schema as Record<string, unknown> | undefined;
  return { data: read(req), schema: schemas?.[context] };
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22: a number out of range, text it cannot store or
 * convert). The schemas refuse such input first; this is the last line of defence.
 */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/**
 * A PostgreSQL check violation (SQLSTATE 23514): a combination of values a table's rule refuses.
 * The services validate first; this keeps a gap between them from answering 500.
 */
function isCheckViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23514';
}

/**
 * Fastify's own refusals before any route or hook runs — a path that is not valid percent-encoded
 * UTF-8 (a lone surrogate, say) or a path parameter past the router's length limit — as problem
 * documents like every other refusal.
 */
export function frameworkErrorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const language = pickLanguage(req.headers['accept-language']);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') sendProblem(reply, problem(414, 'uri_too_long', language));
  else sendProblem(reply, problem(400, 'malformed_url', language));
}

/** Maps every error to problem+json in the caller's language; a bug becomes a bare 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const language = req.language ?? 'sv';
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext;
      const errors = toFieldErrors(error.validation as unknown as ValidationItem[], context, language, validationSource(req, context));
      return sendProblem(reply, problem(400, 'validation_failed', language, errors));
    }
    if (error instanceof DomainError) {
      if (error.details.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.details.retryAfterSeconds));
      const errors = error.details.errors?.map((e) => wordedFieldError(e, language));
      // Extra members describe the problem further; they never replace its own type, title, status, code or errors.
      return sendProblem(reply, { ...(error.details.extra ?? {}), ...problem(error.status, error.code, language, errors) });
    }
    if (error instanceof z.ZodError) {
      return sendProblem(reply, problem(400, 'validation_failed', language));
    }
    if (isCheckViolation(error)) {
      // Logged: a combination of values reached a table rule that the service should have refused.
      req.log.warn({ err: error }, 'database refused input by a check constraint');
      return sendProblem(reply, problem(400, 'value_not_allowed', language));
    }
    if (isDataException(error)) {
      // Logged: input reached the database that a schema should have refused.
      req.log.warn({ err: error }, 'database refused input as a data exception');
      return sendProblem(reply, problem(400, 'value_not_storable', language));
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = fastifyCodes[error.code] ?? (status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 408 ? 'request_timeout' : 'bad_request');
      return sendProblem(reply, problem(status, code, language));
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problem(500, 'internal_error', language));
  });
}
