import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '../guards/same-origin.ts';
import { siteOrigin } from '../guards/site-origin.ts';

function request(headers: Record<string, string>): IncomingMessage {
  // Only the headers are read.
  return { headers } as unknown as IncomingMessage;
}

describe('same-origin check', () => {
  const publicSite = siteOrigin('https://metmap.example', () => 443);
  const localSite = siteOrigin(undefined, () => 3000);

  it('AUTH8: our Origin passes, with or without Sec-Fetch-Site: same-origin', () => {
    expect(isSameOriginRequest(request({ origin: 'https://metmap.example' }), publicSite)).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'https://metmap.example', 'sec-fetch-site': 'same-origin' }), publicSite)).toBe(true);
  });

  it('AUTH8: a foreign, missing or null Origin fails, and so does any other Sec-Fetch-Site', () => {
    expect(isSameOriginRequest(request({ origin: 'https://evil.example' }), publicSite)).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'https://metmap.example.evil.example' }), publicSite)).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'http://metmap.example' }), publicSite)).toBe(false);
    expect(isSameOriginRequest(request({}), publicSite)).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'null' }), publicSite)).toBe(false);
    for (const site of ['cross-site', 'same-site', 'none']) {
      expect(isSameOriginRequest(request({ origin: 'https://metmap.example', 'sec-fetch-site': site }), publicSite)).toBe(false);
    }
  });

  it('AUTH8: without PUBLIC_URL, localhost and 127.0.0.1 on the listening port are ours, other ports are not', () => {
    expect(localSite.publicOrigin()).toBe('http://localhost:3000');
    expect(isSameOriginRequest(request({ origin: 'http://localhost:3000' }), localSite)).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'http://127.0.0.1:3000' }), localSite)).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'http://localhost:5173' }), localSite)).toBe(false);
  });
});
