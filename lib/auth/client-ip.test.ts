import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

const h = (xff?: string, realIp?: string) =>
  new Headers({ ...(xff ? { 'x-forwarded-for': xff } : {}), ...(realIp ? { 'x-real-ip': realIp } : {}) });

describe('clientIp', () => {
  it('takes the address the nearest trusted proxy appended, ignoring what the client claimed', () => {
    expect(clientIp(h('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientIp(h('6.6.6.6, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
  });
  it('uses the only entry when the chain is shorter than the hops', () => {
    expect(clientIp(h('203.0.113.9'), 3)).toBe('203.0.113.9');
  });
  it('falls back to X-Real-IP and then nothing', () => {
    expect(clientIp(h(undefined, '198.51.100.1'), 1)).toBe('198.51.100.1');
    expect(clientIp(h(), 1)).toBeNull();
    expect(clientIp(h('1.2.3.4'), 0)).toBeNull();
  });
});
