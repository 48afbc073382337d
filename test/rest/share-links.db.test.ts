import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { CreatedShareLinkResponse, ShareLinkListResponse, SharedSongResponse } from '../../shared/rest/share-api.ts';
import { SongListResponse, SongResponse } from '../../shared/rest/song-api.ts';
import { hashSecretToken } from '../../server/auth/secret-token.ts';
import { createRestHarness, errorCode, expectStatus, type ApiUser, type RestHarness } from './rest-harness.ts';

const DAY = 86_400_000;
const HIDDEN_KEYS = new Set(['confidence', 'notes', 'practiceCount', 'totalPracticeSeconds', 'lastPracticedAt', 'rating', 'sessions', 'tags', 'album', 'id', 'songId', 'userId', 'user_id']);
const PRIVATE_TEXT = ['secret song notes', 'secret section notes', 'secret practice notes', 'private-tag'];

let h: RestHarness;
beforeAll(async () => {
  h = await createRestHarness();
});
afterAll(() => h.close());

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) keysOf(item, into.add(key));
  return into;
}

/** Checks the one rule for anything a share link answers: no hidden field, no private text. */
function expectNothingHidden(text: string): void {
  for (const secret of PRIVATE_TEXT) expect(text).not.toContain(secret);
  const keys = text === '' ? new Set<string>() : keysOf(JSON.parse(text));
  expect([...keys].filter((key) => HIDDEN_KEYS.has(key))).toEqual([]);
}

async function ownerWithSong(): Promise<{ owner: ApiUser; songId: string }> {
  const owner = await h.user();
  const { song } = SongResponse.parse(
    await expectStatus(
      await owner.api.json('POST', restPaths.songs, {
        title: 'So What',
        artist: 'Miles Davis',
        album: 'Kind of Blue',
        bpm: 136,
        key: 'Dm',
        timeSignature: '4/4',
        tags: ['private-tag'],
        notes: 'secret song notes',
        tempoMap: [{ bar: 9, bpm: 140 }],
        sections: [
          { name: 'A', bars: 16, confidence: 1, notes: 'secret section notes', chords: [{ bar: 1, beat: 1, root: 'D', quality: 'min7' }] },
          { name: 'B', type: 'bridge', bars: 8, bpm: 138, chords: [{ bar: 1, beat: 1, root: 'Eb', quality: 'min7' }] },
        ],
      }),
      201,
    ),
  );
  await expectStatus(await owner.api.json('POST', restPaths.practiceSessions, { songId: song.id, startedAt: h.clock() - 1000, notes: 'secret practice notes', rating: 2 }), 201);
  return { owner, songId: song.id };
}

async function share(owner: ApiUser, songId: string, expiresIn: string): Promise<CreatedShareLinkResponse> {
  return CreatedShareLinkResponse.parse(await expectStatus(await owner.api.json('POST', pathTo(restPaths.songShareLinks, { id: songId }), { expiresIn }), 201));
}

describe('share links', () => {
  it('SHARE3: the public page shows title, artist, tempo, key, meter, sections with bars and chords — nothing hidden — and later edits', async () => {
    const { owner, songId } = await ownerWithSong();
    const link = await share(owner, songId, 'never');
    expect(link.url).toMatch(new RegExp(`/shared/${link.token}$`));
    const visitor = h.anonymous();
    const first = await visitor.request('GET', pathTo(restPaths.sharedSong, { token: link.token }));
    const text = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expectNothingHidden(text);
    const { song } = SharedSongResponse.parse(JSON.parse(text));
    expect(song).toEqual({
      title: 'So What',
      artist: 'Miles Davis',
      bpm: 136,
      key: 'Dm',
      timeSignature: '4/4',
      tempoMap: [{ bar: 9, beat: 1, bpm: 140, timeSignature: null, change: 'instant', rampBeats: null }],
      sections: [
        { name: 'A', type: 'custom', bars: 16, bpm: null, timeSignature: null, startBar: 1, chords: [{ bar: 1, beat: 1, durationBeats: 1, root: 'D', quality: 'min7', extensions: [], bass: null, symbol: 'Dm7' }] },
        { name: 'B', type: 'bridge', bars: 8, bpm: 138, timeSignature: null, startBar: 17, chords: [{ bar: 1, beat: 1, durationBeats: 1, root: 'Eb', quality: 'min7', extensions: [], bass: null, symbol: 'Ebm7' }] },
      ],
    });

    await expectStatus(await owner.api.json('PATCH', pathTo(restPaths.song, { id: songId }), { title: 'So What (take 2)', key: 'Ebm' }), 200);
    const later = SharedSongResponse.parse(await expectStatus(await visitor.request('GET', pathTo(restPaths.sharedSong, { token: link.token })), 200)).song;
    expect([later.title, later.key]).toEqual(['So What (take 2)', 'Ebm']);
  });

  it('SHARE1: tokens are random, shown once, stored only as a hash; owner lists never carry them', async () => {
    const { owner, songId } = await ownerWithSong();
    const links = [await share(owner, songId, '1d'), await share(owner, songId, '7d')];
    expect(links[0]?.token).toMatch(/^[a-z2-7]{32}$/);
    expect(links[0]?.token).not.toBe(links[1]?.token);
    const { rows } = await h.app.db.query('SELECT * FROM share_links WHERE user_id = $1', [owner.userId]);
    const stored = JSON.stringify(rows);
    for (const link of links) {
      expect(stored).not.toContain(link.token);
      expect(rows.map((row) => row.token_hash)).toContain(hashSecretToken(link.token));
    }
    for (const path of [restPaths.shareLinks, pathTo(restPaths.songShareLinks, { id: songId })]) {
      const text = await (await owner.api.request('GET', path)).text();
      const listed = ShareLinkListResponse.parse(JSON.parse(text)).shareLinks;
      expect(listed.map((l) => l.id).sort()).toEqual(links.map((l) => l.shareLink.id).sort());
      for (const link of links) expect(text).not.toContain(link.token);
      for (const link of links) expect(text).not.toContain(hashSecretToken(link.token));
    }
  });

  it('SHARE4: a revoked link, or one to a deleted song, answers 410; an unknown token 404; revoking is the owner’s only', async () => {
    const { owner, songId } = await ownerWithSong();
    const link = await share(owner, songId, 'never');
    const visitor = h.anonymous();
    const read = () => visitor.request('GET', pathTo(restPaths.sharedSong, { token: link.token }));
    const stranger = await h.user();
    expect((await stranger.api.json('DELETE', pathTo(restPaths.shareLink, { id: link.shareLink.id }), {})).status).toBe(404);
    expect((await read()).status).toBe(200);

    await expectStatus(await owner.api.json('DELETE', pathTo(restPaths.song, { id: songId }), {}), 204);
    const deleted = await read();
    expect([deleted.status, await errorCode(deleted)]).toEqual([410, 'gone']);
    await expectStatus(await owner.api.json('POST', pathTo(restPaths.restoreDeletedSong, { songId }), {}), 200);
    expect((await read()).status).toBe(200);

    await expectStatus(await owner.api.json('DELETE', pathTo(restPaths.shareLink, { id: link.shareLink.id }), {}), 204);
    const revoked = await read();
    expect(revoked.status).toBe(410);
    expectNothingHidden(await revoked.text());
    expect((await stranger.api.json('POST', pathTo(restPaths.copySharedSong, { token: link.token }), {})).status).toBe(410);
    const listed = ShareLinkListResponse.parse(await expectStatus(await owner.api.request('GET', restPaths.shareLinks), 200)).shareLinks;
    expect(listed.map((l) => l.status)).toEqual(['revoked']);
    expect((await visitor.request('GET', pathTo(restPaths.sharedSong, { token: 'a'.repeat(32) }))).status).toBe(404);
  });

  it('SHARE5: a signed-in viewer copies the song into their own library with new ids; a guest cannot', async () => {
    const { owner, songId } = await ownerWithSong();
    const link = await share(owner, songId, '7d');
    expect((await h.anonymous().json('POST', pathTo(restPaths.copySharedSong, { token: link.token }), {})).status).toBe(401);
    const viewer = await h.user();
    const response = await viewer.api.json('POST', pathTo(restPaths.copySharedSong, { token: link.token }), {});
    const text = await response.text();
    expect(response.status).toBe(201);
    for (const secret of PRIVATE_TEXT) expect(text).not.toContain(secret);
    const { song: copy } = SongResponse.parse(JSON.parse(text));
    const original = SongResponse.parse(await expectStatus(await owner.api.request('GET', pathTo(restPaths.song, { id: songId })), 200)).song;
    expect(copy.id).not.toBe(original.id);
    expect(copy.sections.map((s) => s.id)).not.toContain(original.sections[0]?.id);
    expect([copy.title, copy.artist, copy.bpm, copy.key, copy.notes, copy.tags, copy.practiceCount]).toEqual(['So What', 'Miles Davis', 136, 'Dm', null, [], 0]);
    expect(copy.sections.map((s) => [s.name, s.bars, s.confidence, s.notes, s.chords.map((c) => c.symbol)])).toEqual([
      ['A', 16, 3, null, ['Dm7']],
      ['B', 8, 3, null, ['Ebm7']],
    ]);
    expect(copy.tempoMap.map((e) => [e.bar, e.bpm])).toEqual([[9, 140]]);
    const viewerSongs = SongListResponse.parse(await expectStatus(await viewer.api.request('GET', restPaths.songs), 200)).songs;
    expect(viewerSongs.map((s) => s.id)).toEqual([copy.id]);
    const ownerSongs = SongListResponse.parse(await expectStatus(await owner.api.request('GET', restPaths.songs), 200)).songs;
    expect(ownerSongs.map((s) => s.id)).toEqual([songId]);
  });

  it('SHARE2: links expire after 1, 7 and 30 days (auth clock); "never" links do not', async () => {
    const { owner, songId } = await ownerWithSong();
    const links = { day: await share(owner, songId, '1d'), week: await share(owner, songId, '7d'), month: await share(owner, songId, '30d'), never: await share(owner, songId, 'never') };
    const statuses = async () => {
      const out: Record<string, number> = {};
      for (const [name, link] of Object.entries(links)) out[name] = (await h.anonymous().request('GET', pathTo(restPaths.sharedSong, { token: link.token }))).status;
      return out;
    };
    expect(await statuses()).toEqual({ day: 200, week: 200, month: 200, never: 200 });
    h.clock.advance(DAY - 1);
    expect(await statuses()).toEqual({ day: 200, week: 200, month: 200, never: 200 });
    h.clock.advance(1);
    expect(await statuses()).toEqual({ day: 410, week: 200, month: 200, never: 200 });
    const listed = ShareLinkListResponse.parse(await expectStatus(await owner.api.request('GET', restPaths.shareLinks), 200)).shareLinks;
    expect(Object.fromEntries(listed.map((l) => [l.id, l.status]))[links.day.shareLink.id]).toBe('expired');
    h.clock.advance(6 * DAY);
    expect(await statuses()).toEqual({ day: 410, week: 410, month: 200, never: 200 });
    h.clock.advance(23 * DAY);
    expect(await statuses()).toEqual({ day: 410, week: 410, month: 410, never: 200 });
    h.clock.advance(400 * DAY);
    expect((await statuses()).never).toBe(200);
  });
});
