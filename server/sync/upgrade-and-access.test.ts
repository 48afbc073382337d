import { describe, expect, it } from 'vitest';
import { authorizeDocument } from './document-access.ts';
import { judgeUpgrade } from './upgrade-check.ts';

const OWN = 'https://metmap.example';
const isOwn = (origin: string) => origin === OWN;
const upgrade = (url: string, origin: string | undefined = OWN, method = 'GET') => judgeUpgrade({ method, url, origin }, isOwn, true);

describe('upgrade check', () => {
  it('SYNC1: only GET /sync (with or without a query) from our own origin becomes a WebSocket', () => {
    expect(upgrade('/sync')).toEqual({ ok: true });
    expect(upgrade('/sync?x=1')).toEqual({ ok: true });
    for (const path of ['/', '/sync/', '/sync/x', '/SYNC', '/api/sync', '//sync', '/sync/../x', '/%73ync']) expect(upgrade(path)).toEqual({ ok: false, status: 404 });
    expect(upgrade('/sync', 'https://evil.example')).toEqual({ ok: false, status: 403 });
    expect(upgrade('/sync', 'null')).toEqual({ ok: false, status: 403 });
    expect(judgeUpgrade({ method: 'GET', url: '/sync', origin: undefined }, isOwn, true)).toEqual({ ok: false, status: 403 });
    expect(upgrade('/sync', OWN, 'POST')).toEqual({ ok: false, status: 400 });
    expect(judgeUpgrade({ method: 'GET', url: '/sync', origin: OWN }, isOwn, false)).toEqual({ ok: false, status: 503 });
  });
});

describe('document access', () => {
  const me = '0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b';
  const other = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  it('SYNC3: a session opens exactly its own library and practice documents', () => {
    expect(authorizeDocument(`library:${me}`, me)).toMatchObject({ ok: true, doc: { kind: 'library', userId: me } });
    expect(authorizeDocument(`practice:${me}`, me)).toMatchObject({ ok: true, doc: { kind: 'practice', userId: me } });
  });

  it('SYNC3: other users, other spellings and other kinds are refused', () => {
    const refused = [
      `library:${other}`,
      `practice:${other}`,
      `library:${me.toUpperCase()}`,
      `Library:${me}`,
      `library%3A${me}`,
      ` library:${me}`,
      `library:${me} `,
      `library:${me}\n`,
      `library:${me}\u0000`,
      `library:${me}x`,
      `library:${me}/`,
      `history:${me}`,
      `library:`,
      '',
      `library:${me}`.normalize('NFKD').replace('l', 'ｌ'),
    ];
    for (const name of refused) expect(authorizeDocument(name, me), JSON.stringify(name)).toEqual({ ok: false });
  });
});
