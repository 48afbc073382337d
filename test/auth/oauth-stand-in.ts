import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Who "signs in" at the stand-in next. */
export type StandInIdentity = { id: string; email: string | null; emailVerified: boolean; name: string };

type Grant = { identity: StandInIdentity; challenge: string | null; redirectUri: string; clientId: string; used: boolean };

/**
 * Local stand-ins for Google's and GitHub's OAuth endpoints (the real ones are unreachable in tests),
 * on 127.0.0.1 port 0. The authorize endpoint approves at once and redirects back with a code; the
 * token endpoint checks client credentials, the redirect URI, single use of the code and the PKCE
 * verifier against the S256 challenge, like the real ones.
 */
export type OAuthStandIn = {
  url: string;
  /** The identity the next authorization approves. */
  identity: StandInIdentity;
  /** Token requests seen, with their outcome. */
  readonly tokenRequests: { provider: 'google' | 'github'; ok: boolean; reason?: string }[];
  close(): Promise<void>;
};

export const STAND_IN_CLIENTS = {
  google: { clientId: 'google-client', clientSecret: 'google-secret' },
  github: { clientId: 'github-client', clientSecret: 'github-secret' },
} as const;

export async function startOAuthStandIn(): Promise<OAuthStandIn> {
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, StandInIdentity>();
  const tokenRequests: OAuthStandIn['tokenRequests'] = [];
  const firstIdentity: StandInIdentity = { id: '1001', email: 'person@example.com', emailVerified: true, name: 'Pat Person' };
  const standIn = {
    url: '',
    identity: firstIdentity,
    tokenRequests,
    close: async () => {},
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && (url.pathname === '/o/oauth2/v2/auth' || url.pathname === '/login/oauth/authorize')) {
      const code = randomUUID();
      const redirectUri = url.searchParams.get('redirect_uri') ?? '';
      grants.set(code, {
        identity: { ...standIn.identity },
        challenge: url.searchParams.get('code_challenge'),
        redirectUri,
        clientId: url.searchParams.get('client_id') ?? '',
        used: false,
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      res.end();
      return;
    }
    if (req.method === 'POST' && (url.pathname === '/token' || url.pathname === '/login/oauth/access_token')) {
      const provider = url.pathname === '/token' ? 'google' : 'github';
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(raw);
        const refuse = (reason: string) => {
          tokenRequests.push({ provider, ok: false, reason });
          // GitHub answers errors with 200; Google with 400, as the real services do.
          send(provider === 'github' ? 200 : 400, { error: 'invalid_grant', error_description: reason });
        };
        const expected = STAND_IN_CLIENTS[provider];
        const basic = `Basic ${Buffer.from(`${expected.clientId}:${expected.clientSecret}`).toString('base64')}`;
        if (req.headers.authorization !== basic) return refuse('bad client credentials');
        const grant = grants.get(form.get('code') ?? '');
        if (!grant) return refuse('unknown code');
        if (grant.used) return refuse('code already used');
        grant.used = true;
        if (form.get('redirect_uri') !== grant.redirectUri) return refuse('redirect_uri mismatch');
        const verifier = form.get('code_verifier');
        if (grant.challenge !== null) {
          if (!verifier) return refuse('missing code_verifier');
          if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) return refuse('code_verifier mismatch');
        }
        const accessToken = randomUUID();
        tokens.set(accessToken, grant.identity);
        tokenRequests.push({ provider, ok: true });
        send(200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600 });
      });
      return;
    }
    const identity = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!identity) return send(401, { message: 'Bad credentials' });
    if (req.method === 'GET' && url.pathname === '/v1/userinfo') {
      return send(200, { sub: identity.id, email: identity.email ?? undefined, email_verified: identity.emailVerified, name: identity.name });
    }
    if (req.method === 'GET' && url.pathname === '/user') {
      return send(200, { id: Number(identity.id), login: identity.name.toLowerCase().replace(/\s+/g, ''), name: identity.name });
    }
    if (req.method === 'GET' && url.pathname === '/user/emails') {
      const emails = identity.email === null ? [] : [{ email: identity.email, primary: true, verified: identity.emailVerified, visibility: 'private' }];
      return send(200, [{ email: `${identity.id}+noreply@users.noreply.github.com`, primary: false, verified: true, visibility: null }, ...emails]);
    }
    send(404, { message: 'Not Found' });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return standIn;
}
