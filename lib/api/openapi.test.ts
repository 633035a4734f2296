import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { isWrite } from './audited-write';
import { allContracts } from './contracts';
import { buildOpenApi } from './openapi';
import { exampleKey, recordedExamples } from './openapi.examples';

type Operation = {
  operationId: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  'x-codeSamples'?: { lang: string; label: string; source: string }[];
  responses: Record<
    string,
    { content?: Record<string, { schema?: unknown; example?: unknown; examples?: Record<string, { value: unknown }> }> }
  >;
  requestBody?: { content: Record<string, { example?: unknown }> };
};
type Doc = {
  openapi: string;
  info: { description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

describe('OpenAPI document', () => {
  const doc = buildOpenApi() as Doc;
  const op = (c: (typeof allContracts)[number]) => doc.paths[c.path]?.[c.method.toLowerCase()] as Operation;

  it('is a valid OpenAPI 3.1 document, its $refs resolving', async () => {
    // The validator dereferences in place: it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('has one operation per contract, with unique ids, a summary and a described tag', () => {
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops).toHaveLength(allContracts.length);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    const tags = new Map(doc.tags.map((t) => [t.name, t.description]));
    for (const c of allContracts) {
      expect(op(c).summary, `${c.method} ${c.path}`).toBeTruthy();
      expect(op(c).tags).toEqual([c.tag]);
      expect(tags.get(c.tag), `tag ${c.tag}`).toBeTruthy();
    }
  });

  it('documents bodies, success and error responses, and who may call, from the contracts', () => {
    for (const c of allContracts) {
      const o = op(c);
      expect(Object.keys(o.responses)).toContain(String(c.status ?? 200));
      expect(Object.keys(o.responses)).toContain('429');
      expect(Boolean(o.requestBody)).toBe(Boolean(c.body || c.upload));
      const schemes = (o.security ?? []).flatMap((s) => Object.keys(s));
      expect(schemes.includes('apiKey'), `${c.method} ${c.path} takes an API key`).toBe(!c.sessionOnly);
      expect(schemes).toContain('session');
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKey', 'session']);
  });

  it('explains authentication, rate limits, pagination, errors and streams before the endpoints', () => {
    for (const topic of [
      '/settings/api-keys',
      'Authorization: Bearer',
      'RateLimit-Remaining',
      'Retry-After',
      '429',
      'next_cursor',
      '"error"',
      'text/event-stream',
    ]) {
      expect(doc.info.description).toContain(topic);
    }
  });

  it('writes shared shapes once, as components', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Team', 'Game', 'Round', 'Course']));
    expect(JSON.stringify(doc)).toContain('"$ref":"#/components/schemas/Round"');
  });

  it('gives every operation a curl example, built from the call recorded for it', () => {
    for (const c of allContracts) {
      const curl = op(c)['x-codeSamples']?.find((s) => s.label === 'curl')?.source ?? '';
      expect(curl, `${c.method} ${c.path}`).toMatch(/^curl /);
      expect(curl).toContain(`$STATLINE_URL${recordedExamples[exampleKey(c)]?.request.url}`);
      if (c.method !== 'GET') expect(curl).toContain(`-X ${c.method}`);
      if (c.auth === 'user') expect(curl).toMatch(c.sessionOnly ? /next-auth\.session-token/ : /Authorization: Bearer/);
    }
  });

  it('shows a recorded example response for every operation that answers one', () => {
    for (const c of allContracts) {
      const res = op(c).responses[String(c.status ?? 200)];
      if (c.status === 204) continue;
      const media = Object.values(res?.content ?? {})[0];
      const shown = media?.examples?.demo?.value ?? media?.example;
      expect(shown, `${c.method} ${c.path}`).toBeTruthy();
    }
  });

  // The examples are recorded by `npm run docs:examples`; when a schema changes, this says to re-record.
  it('has recorded examples that still match the schemas the server checks with', () => {
    for (const c of allContracts) {
      const ex = recordedExamples[exampleKey(c)];
      const where = `${c.method} ${c.path}: re-run npm run docs:examples`;
      expect(ex, where).toBeDefined();
      expect(ex?.status, where).toBe(c.status ?? 200);
      if (c.body) expect(c.body.safeParse(ex?.request.body).error, where).toBeUndefined();
      if (c.response && c.status !== 204 && !c.eventStream) {
        const data = (ex?.response as { data?: unknown } | undefined)?.data;
        expect(c.response.safeParse(data).error, where).toBeUndefined();
      }
      if (c.eventStream) expect(ex?.text, where).toMatch(/^retry: \d+\n\n(id: \d+\nevent: \w+\ndata: .+\n\n)+$/);
    }
  });

  it('uses snake_case for every request and response field (other spellings only as deprecated aliases)', () => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { deprecated?: boolean }> }).properties;
      if (props) names.push(...Object.keys(props).filter((k) => !props[k]?.deprecated));
      for (const v of Object.values(node)) walk(v);
    };
    for (const path of Object.values(doc.paths)) for (const o of Object.values(path)) walk({ b: o.requestBody, r: o.responses });
    walk(doc.components.schemas);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => !/^[a-z][a-z0-9_]*$/.test(n))).toEqual([]);
  });

  it('names the audit action of every write, and only of writes', () => {
    for (const c of allContracts) {
      const op = doc.paths[c.path]?.[c.method.toLowerCase()] as Record<string, unknown> | undefined;
      const action = op?.['x-audit-action'];
      if (!isWrite(c)) expect(action, `${c.method} ${c.path}`).toBeUndefined();
      else expect(action, `${c.method} ${c.path}`).toMatch(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/);
    }
  });
});
