import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditSpecOf } from './audited-write';
import { defineContract } from './contract';

const base = { path: '/api/v1/things', summary: 'Things', tag: 'Things', auth: 'user', scope: 'write' } as const;

describe('auditSpecOf', () => {
  it('refuses a write contract without an audit spec, naming it', () => {
    expect(() => auditSpecOf(defineContract({ ...base, method: 'POST', response: z.object({}) }))).toThrow(
      'POST /api/v1/things is a write without an `audit` spec',
    );
  });

  it('answers the spec of a write and nothing for a read', () => {
    const audit = { action: 'thing.create' };
    expect(auditSpecOf(defineContract({ ...base, method: 'DELETE', audit }))).toBe(audit);
    expect(auditSpecOf(defineContract({ ...base, method: 'GET', scope: 'read' }))).toBeUndefined();
  });
});
