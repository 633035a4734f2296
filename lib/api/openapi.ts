// The OpenAPI 3.1 document, generated from the same contracts the routes parse with, with the
// examples recorded from a real run (openapi.examples.ts) and the guide a client reads first.
import { z } from 'zod';
import { isWrite } from './audited-write';
import type { Contract } from './contract';
import { allContracts } from './contracts';
import { errorStatus } from './errors';
import { convertSchemas } from './openapi.components';
import { curlExample, exampleKey, type RecordedExample, recordedExamples } from './openapi.examples';
import { apiGuide, tagDescriptions, tagGroups } from './openapi.guide';

type Json = Record<string, unknown>;

const requestSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;

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

const rateLimitHeaders: Json = {
  'RateLimit-Limit': { description: 'Requests allowed in the window', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the window', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
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

const recorded = (example: RecordedExample | undefined, value: unknown) =>
  example ? { examples: { demo: { summary: `Recorded: ${example.request.url}`, value } } } : {};

function success(c: Contract, schema: Json | undefined, example: RecordedExample | undefined): Json {
  if (c.eventStream) {
    return {
      description: c.eventStream.description,
      content: { 'text/event-stream': { schema: { type: 'string' }, example: example?.text ?? c.eventStream.example } },
    };
  }
  if (c.path.endsWith('.csv')) {
    return {
      description: 'CSV',
      headers: rateLimitHeaders,
      content: { 'text/csv': { schema: { type: 'string' }, ...recorded(example, example?.text) } },
    };
  }
  if (c.download) {
    // Binary answers are recorded without their bytes; the example names what comes instead.
    const value = example?.text ?? '(the file’s bytes)';
    return {
      description: 'The file',
      headers: rateLimitHeaders,
      content: Object.fromEntries(
        c.download.map((type, i) => [
          type,
          { schema: { type: 'string', format: 'binary' }, ...(i === 0 ? recorded(example, value) : {}) },
        ]),
      ),
    };
  }
  if (c.path.endsWith('.ics')) {
    return {
      description: 'iCalendar (RFC 5545)',
      headers: rateLimitHeaders,
      content: { 'text/calendar': { schema: { type: 'string' }, ...recorded(example, example?.text) } },
    };
  }
  if (!schema) return { description: 'Done; no content', headers: rateLimitHeaders };
  return {
    description: 'Success',
    headers: rateLimitHeaders,
    content: {
      'application/json': {
        schema: { type: 'object', required: ['data'], properties: { data: schema, meta: { type: 'object' } } },
        ...recorded(example, example?.response),
      },
    },
  };
}

function requestBody(c: Contract, schema: Json | undefined, example: RecordedExample | undefined): Json | undefined {
  if (c.upload) {
    return { required: true, content: { [c.upload]: { schema: { type: 'string', description: 'The file, as it is' } } } };
  }
  if (!schema) return undefined;
  const body = example?.request.body;
  return { required: true, content: { 'application/json': { schema, ...(body === undefined ? {} : { example: body }) } } };
}

/** The errors this operation can answer, so a reader is not told a public read may be a 409. */
function errorStatuses(c: Contract): number[] {
  const writes = isWrite(c);
  return [
    400,
    ...(c.auth === 'user' ? [401] : []),
    ...(c.auth === 'user' || writes ? [403] : []),
    ...(c.params ? [404] : []),
    ...(writes ? [409] : []),
    ...(c.body || c.upload ? [413, 415] : []),
    ...(writes ? [422] : []),
    429,
    500,
    503,
  ];
}

function operation(c: Contract, body: Json | undefined, response: Json | undefined): Json {
  const example = recordedExamples[exampleKey(c)];
  const reqBody = requestBody(c, body, example);
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
    'x-codeSamples': [{ lang: 'shell', label: 'curl', source: curlExample(c, example) }],
    ...(c.audit
      ? { 'x-audit-action': c.audit.action, ...(c.audit.target ? { 'x-audit-target': c.audit.target.type } : {}) }
      : {}),
    parameters: parameters(c),
    ...(reqBody ? { requestBody: reqBody } : {}),
    responses: {
      [String(c.status ?? 200)]: success(c, response, example),
      ...Object.fromEntries(errorStatuses(c).map((code) => [String(code), { $ref: '#/components/responses/Error' }])),
    },
  };
}

export function buildOpenApi(contracts: Contract[] = allContracts): Json {
  const withBody = contracts.filter((c) => c.body);
  const withResponse = contracts.filter((c) => c.response && !c.eventStream && c.status !== 204);
  const bodies = convertSchemas(
    withBody.map((c) => c.body as z.ZodType),
    'input',
  );
  const responses = convertSchemas(
    withResponse.map((c) => c.response as z.ZodType),
    'output',
  );
  const paths: Record<string, Json> = {};
  for (const c of contracts) {
    const b = withBody.indexOf(c);
    const r = withResponse.indexOf(c);
    paths[c.path] ??= {};
    (paths[c.path] as Json)[c.method.toLowerCase()] = operation(c, bodies.schemas[b], responses.schemas[r]);
  }
  const used = [...new Set(contracts.map((c) => c.tag))];
  return {
    openapi: '3.1.0',
    info: { title: 'Statline API', version: '1', description: apiGuide() },
    servers: [{ url: '/', description: 'This server' }],
    tags: used.map((name) => ({ name, description: tagDescriptions[name] ?? '' })),
    'x-tagGroups': tagGroups.map((g) => ({ ...g, tags: g.tags.filter((t) => used.includes(t)) })).filter((g) => g.tags.length),
    paths,
    components: {
      schemas: { ...bodies.components, ...responses.components },
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key from Settings → API keys (/settings/api-keys): `Authorization: Bearer sl_…`',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'next-auth.session-token',
          description: 'The session cookie a browser gets by signing in. Session-only endpoints accept nothing else.',
        },
      },
      responses: {
        Error: {
          description: 'Error envelope (429 adds Retry-After)',
          headers: {
            ...rateLimitHeaders,
            'Retry-After': { description: 'On 429 and 503: seconds to wait', schema: { type: 'integer' } },
          },
          content: { 'application/json': { schema: errorEnvelope } },
        },
      },
    },
  };
}
