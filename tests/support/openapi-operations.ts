import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** The part of JSON Schema (OpenAPI 3.0 flavour) that the API's zod schemas turn into. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
};

export type Parameter = { name: string; schema: JsonSchema; required: boolean };

/** One route of the OpenAPI document: what it takes in its path, query and JSON body. */
export type Operation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template with `{name}` placeholders. */
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body's schema, when the route takes one. */
  body?: JsonSchema;
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for the methods that change something. */
export function isWrite(operation: Operation): boolean {
  return WRITE_METHODS.has(operation.method);
}

type OpenApiOperation = {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** Every operation of the app's own OpenAPI document (`/api/docs/json`), in document order. */
export async function openApiOperations(app: FastifyInstance): Promise<Operation[]> {
  const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
  if (response.statusCode !== 200) throw new Error(`OpenAPI document: ${response.statusCode}`);
  const document = response.json() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const parameters = spec.parameters ?? [];
      const of = (where: string) =>
        parameters.filter((p) => p.in === where).map((p) => ({ name: p.name, schema: p.schema, required: p.required === true }));
      const body = spec.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: of('path'),
        query: of('query'),
        ...(body ? { body } : {}),
      });
    }
  }
  return operations;
}

/**
 * Percent-encodes a text for a URL; a lone surrogate, which has no UTF-8 form, is sent as the
 * bytes a careless encoder would write for it (an invalid UTF-8 sequence).
 */
export function encodeText(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff) return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    return encodeURIComponent(unit);
  });
}

/** The URL of an operation with its path parameters filled in (percent-encoded) and an optional raw query string. */
export function urlOf(operation: Operation, params: Record<string, string>, query = ''): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeText(params[name] ?? ''));
  return query ? `${path}?${query}` : path;
}

/** A query string from name/value pairs. */
export function queryString(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${encodeText(k)}=${encodeText(v)}`)
    .join('&');
}

/** The schema's types, with `nullable` and union branches folded in. */
export function typesOf(schema: JsonSchema): string[] {
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return branches.flatMap(typesOf);
  if (schema.enum) return [...new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)))];
  return [schema.type ?? 'any'].flat();
}

/** A value that satisfies a simple schema: enough to get past one part of a request so that another is checked. */
export function validValue(schema: JsonSchema): unknown {
  const branch = (schema.oneOf ?? schema.anyOf)?.find((s) => s.type !== 'null' && !(s.enum?.length === 1 && s.enum[0] === null));
  if (branch) return validValue(branch);
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum.find((v) => v !== null) ?? null;
  if (schema.const !== undefined) return schema.const;
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items ?? {}));
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const name of schema.required ?? []) result[name] = validValue(schema.properties?.[name] ?? {});
      return result;
    }
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2025-01-15';
      if (schema.format === 'date-time') return '2025-01-15T10:00:00.000Z';
      if (schema.format === 'uri') return 'https://example.se';
      return 'a'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return 'a';
  }
}

/** A value as it is written in a URL (path parameter or query string). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
