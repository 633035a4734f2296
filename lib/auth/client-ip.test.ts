import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';
import { installPeerAddressStamp, normalizeAddress, PEER_HEADER, peerAddress } from './peer-address';

const h = (fields: Record<string, string>) => new Headers(fields);

/** The headers a real request from `localAddress` arrives with, once start-up has stamped it. */
function received(localAddress: string, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      res.end();
      server.close();
      resolve(req.headers);
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      httpRequest({ host: '127.0.0.1', port, localAddress, headers }, (res) => res.resume())
        .on('error', reject)
        .end();
    });
  });
}

describe('peer address', () => {
  it("is ignored while the start-up stamp is not installed (the header could only be the client's)", () => {
    expect(peerAddress(h({ [PEER_HEADER]: '6.6.6.6' }))).toBeNull();
  });

  describe('once installed', () => {
    beforeAll(() => installPeerAddressStamp());

    it("is the socket's address, whatever the client sent in the header", async () => {
      const headers = await received('127.0.0.9', { [PEER_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' });
      expect(headers[PEER_HEADER]).toBe('127.0.0.9');
      expect(clientIp(new Headers(headers as Record<string, string>), 0)).toBe('127.0.0.9');
    });

    it('installs once however often start-up runs', async () => {
      installPeerAddressStamp();
      expect((await received('127.0.0.10', {}))[PEER_HEADER]).toBe('127.0.0.10');
    });

    it('normalises IPv4-mapped IPv6 addresses', () => {
      expect(normalizeAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
      expect(normalizeAddress('2001:db8::1')).toBe('2001:db8::1');
      expect(normalizeAddress(undefined)).toBeNull();
    });
  });
});

describe('clientIp', () => {
  beforeAll(() => installPeerAddressStamp());

  it("with no trusted proxy is the peer, and forwarding headers are the client's words, ignored", () => {
    const forged = { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' };
    expect(clientIp(h({ ...forged, [PEER_HEADER]: '203.0.113.9' }), 0)).toBe('203.0.113.9');
    expect(clientIp(h(forged), 0)).toBeNull();
  });

  it('takes the address the nearest trusted proxy appended, ignoring what the client claimed', () => {
    expect(clientIp(h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9', [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('203.0.113.9');
    expect(clientIp(h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), 2)).toBe('203.0.113.9');
  });

  it('uses the only entry when the chain is shorter than the hops', () => {
    expect(clientIp(h({ 'x-forwarded-for': '203.0.113.9' }), 3)).toBe('203.0.113.9');
  });

  it('behind a proxy without X-Forwarded-For falls back to X-Real-IP, then the peer', () => {
    expect(clientIp(h({ 'x-real-ip': '198.51.100.1', [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('198.51.100.1');
    expect(clientIp(h({ [PEER_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2');
    expect(clientIp(h({}), 1)).toBeNull();
  });
});
