import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIpResolver } from './client-ip.ts';

function request(headers: Record<string, string>, remoteAddress = '10.0.0.1'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('client IP for rate limits', () => {
  it('AUTH7: the socket address by default; a forged forwarding header is ignored', () => {
    expect(clientIpResolver(undefined)(request({ 'x-forwarded-for': '1.2.3.4' }))).toBe('10.0.0.1');
  });

  it('AUTH7: behind a trusted proxy, the last hop of its header', () => {
    const resolve = clientIpResolver('X-Forwarded-For');
    expect(resolve(request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(resolve(request({}))).toBe('10.0.0.1');
    expect(clientIpResolver('do-connecting-ip')(request({ 'do-connecting-ip': '198.51.100.7' }))).toBe('198.51.100.7');
  });
});
