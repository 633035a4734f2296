// The OpenAPI 3.1 document, generated from the same contracts the routes parse with.
import { z } from 'zod';
import type { Contract } from './contract';
import { allContracts } from './contracts';
import { errorStatus } from './errors';

type Json = Record<string, unknown>;

const requestSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
const responseSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Json;

const errorEnvelope: Json = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { type: 'string', enum: Object.keys(errorStatus) },
        message: { type: 'string' },
        details: { description: 'Per-field problems for validation_failed: [{ location, path, message }]' },
        requestId: { type: 'string' },
      },
    },
  },
};

function parameters(c: Contract): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ['path', c.params],
    ['query', c.query],
  ] as const) {
    if (!schema) continue;
    const json = requestSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      const isArray = prop.type === 'array';
      out.push({
        name: isArray ? `${name}[]` : name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: prop,
        ...(isArray ? { style: 'form', explode: true } : {}),
      });
    }
  }
  return out;
}

function operation(c: Contract): Json {
  const status = String(c.status ?? 200);
  const success: Json = c.eventStream
    ? {
        description: c.eventStream.description,
        content: { 'text/event-stream': { schema: { type: 'string' }, example: c.eventStream.example } },
      }
    : c.status === 204 || !c.response
      ? { description: 'Done; no content' }
      : {
          description: 'Success',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['data'],
                properties: { data: responseSchema(c.response), meta: { type: 'object' } },
              },
            },
          },
        };
  const errors = ['400', '401', '403', '404', '409', '413', '422', '429', '500', '503'];
  return {
    summary: c.summary,
    ...(c.description ? { description: c.description } : {}),
    tags: [c.tag],
    operationId: `${c.method.toLowerCase()}${c.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
    security:
      c.auth === 'public'
        ? [{}, { apiKey: [] }, { session: [] }]
        : c.sessionOnly
          ? [{ session: [] }]
          : [{ apiKey: [] }, { session: [] }],
    'x-scope': c.scope,
    ...(c.permission ? { 'x-permission': c.permission } : {}),
    ...(c.audit
      ? { 'x-audit-action': c.audit.action, ...(c.audit.target ? { 'x-audit-target': c.audit.target.type } : {}) }
      : {}),
    parameters: parameters(c),
    ...(c.body ? { requestBody: { required: true, content: { 'application/json': { schema: requestSchema(c.body) } } } } : {}),
    responses: {
      [status]: success,
      ...Object.fromEntries(errors.map((code) => [code, { $ref: '#/components/responses/Error' }])),
    },
  };
}

export function buildOpenApi(contracts: Contract[] = allContracts): Json {
  const paths: Record<string, Json> = {};
  for (const c of contracts) {
    paths[c.path] ??= {};
    (paths[c.path] as Json)[c.method.toLowerCase()] = operation(c);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Statline API',
      version: '1',
      description: 'Statistics for basketball and golf. JSON fields are snake_case; bodies are `{ data, meta? }`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key from Settings → API keys: `Authorization: Bearer sl_…`',
        },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
      },
      responses: {
        Error: { description: 'Error envelope', content: { 'application/json': { schema: errorEnvelope } } },
      },
    },
  };
}
