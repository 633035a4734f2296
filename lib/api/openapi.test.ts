import { describe, expect, it } from 'vitest';
import { allContracts } from './contracts';
import { buildOpenApi } from './openapi';

describe('OpenAPI document', () => {
  const doc = buildOpenApi() as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; requestBody?: unknown }>>;
  };

  it('is OpenAPI 3.1 with one operation per contract and unique operation ids', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops).toHaveLength(allContracts.length);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });

  it('documents bodies, success and error responses from the contracts', () => {
    for (const c of allContracts) {
      const op = doc.paths[c.path]?.[c.method.toLowerCase()];
      expect(op, `${c.method} ${c.path}`).toBeDefined();
      expect(Object.keys(op?.responses ?? {})).toContain(String(c.status ?? 200));
      expect(Object.keys(op?.responses ?? {})).toContain('429');
      expect(Boolean(op?.requestBody)).toBe(Boolean(c.body));
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
    for (const path of Object.values(doc.paths))
      for (const op of Object.values(path)) walk({ b: op.requestBody, r: op.responses });
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => !/^[a-z][a-z0-9_]*$/.test(n))).toEqual([]);
  });

  it('names the audit action of every write, and only of writes', () => {
    for (const c of allContracts) {
      const op = doc.paths[c.path]?.[c.method.toLowerCase()] as Record<string, unknown> | undefined;
      const action = op?.['x-audit-action'];
      if (c.method === 'GET') expect(action, `${c.method} ${c.path}`).toBeUndefined();
      else expect(action, `${c.method} ${c.path}`).toMatch(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/);
    }
  });
});
