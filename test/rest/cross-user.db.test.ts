import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { prng } from '../sync/prng.ts';
import { buildLibraryFixture, libraryView, type LibraryFixture } from './library-fixture.ts';
import { createRestHarness, type ApiUser, type RestHarness } from './rest-harness.ts';

let h: RestHarness;
let alice: ApiUser;
let bob: ApiUser;
let aliceData: LibraryFixture;
let bobData: LibraryFixture;
beforeAll(async () => {
  h = await createRestHarness();
  [alice, bob] = [await h.user(), await h.user()];
  aliceData = await buildLibraryFixture(h, alice);
  bobData = await buildLibraryFixture(h, bob);
}, 120_000);
afterAll(() => h.close());

type Attempt = { name: string; method: string; path: (victim: LibraryFixture) => string; body?: (victim: LibraryFixture) => unknown };

/** Everything Bob might try on Alice's ids; `victim` is whose ids fill the request. */
const attempts: Attempt[] = [
  { name: 'read song', method: 'GET', path: (v) => pathTo(restPaths.song, { id: v.songId }) },
  { name: 'read section', method: 'GET', path: (v) => pathTo(restPaths.section, { id: v.sectionId }) },
  { name: 'read practice session', method: 'GET', path: (v) => pathTo(restPaths.practiceSession, { id: v.practiceSessionId }) },
  { name: 'list song share links', method: 'GET', path: (v) => pathTo(restPaths.songShareLinks, { id: v.songId }) },
  { name: 'read history point', method: 'GET', path: (v) => pathTo(restPaths.historyPointSongs, { pointId: v.pointId }) },
  { name: 'read song at point', method: 'GET', path: (v) => pathTo(restPaths.historyPointSong, { pointId: v.pointId, songId: v.songId }) },
  { name: 'read foreign song at own point', method: 'GET', path: (v) => pathTo(restPaths.historyPointSong, { pointId: bobData.pointId, songId: v.songId }) },
  { name: 'rename song', method: 'PATCH', path: (v) => pathTo(restPaths.song, { id: v.songId }), body: () => ({ title: 'Pwned' }) },
  { name: 'replace tempo map', method: 'PATCH', path: (v) => pathTo(restPaths.song, { id: v.songId }), body: () => ({ tempoMap: [] }) },
  { name: 'delete song', method: 'DELETE', path: (v) => pathTo(restPaths.song, { id: v.songId }), body: () => ({}) },
  { name: 'add section', method: 'POST', path: (v) => pathTo(restPaths.songSections, { id: v.songId }), body: () => ({ name: 'Pwned' }) },
  { name: 'edit section', method: 'PATCH', path: (v) => pathTo(restPaths.section, { id: v.sectionId }), body: () => ({ confidence: 1 }) },
  { name: 'replace chords', method: 'PATCH', path: (v) => pathTo(restPaths.section, { id: v.sectionId }), body: () => ({ chords: [] }) },
  { name: 'delete section', method: 'DELETE', path: (v) => pathTo(restPaths.section, { id: v.sectionId }), body: () => ({}) },
  { name: 'edit practice session', method: 'PATCH', path: (v) => pathTo(restPaths.practiceSession, { id: v.practiceSessionId }), body: () => ({ notes: 'Pwned' }) },
  { name: 'log practice on a foreign song', method: 'POST', path: () => restPaths.practiceSessions, body: (v) => ({ songId: v.songId, startedAt: 1 }) },
  { name: 'share a foreign song', method: 'POST', path: (v) => pathTo(restPaths.songShareLinks, { id: v.songId }), body: () => ({ expiresIn: 'never' }) },
  { name: 'revoke a foreign link', method: 'DELETE', path: (v) => pathTo(restPaths.shareLink, { id: v.shareLinkId }), body: () => ({}) },
  { name: 'restore library to a foreign point', method: 'POST', path: (v) => pathTo(restPaths.restoreLibrary, { pointId: v.pointId }), body: () => ({}) },
  { name: 'restore song from a foreign point', method: 'POST', path: (v) => pathTo(restPaths.restoreSong, { pointId: v.pointId, songId: v.songId }), body: () => ({}) },
  { name: 'restore a foreign song from own point', method: 'POST', path: (v) => pathTo(restPaths.restoreSong, { pointId: bobData.pointId, songId: v.songId }), body: () => ({}) },
  { name: 'undo a foreign restore', method: 'POST', path: (v) => pathTo(restPaths.undoRestore, { restoreId: v.restoreId }), body: () => ({}) },
  { name: 'bring back a foreign deleted song', method: 'POST', path: (v) => pathTo(restPaths.restoreDeletedSong, { songId: v.songId }), body: () => ({}) },
];

/** The same ids, made up: what a user sees for something that does not exist at all. */
function nobody(): LibraryFixture {
  return { ...aliceData, songId: randomUUID(), sectionId: randomUUID(), practiceSessionId: randomUUID(), shareLinkId: randomUUID(), restoreId: randomUUID(), pointId: '999999999' };
}

async function attempt(user: ApiUser, a: Attempt, victim: LibraryFixture): Promise<{ status: number; text: string }> {
  const response = a.body ? await user.api.json(a.method, a.path(victim), a.body(victim)) : await user.api.request(a.method, a.path(victim));
  return { status: response.status, text: await response.text() };
}

describe('isolation between users', () => {
  it('REST5: 100 reads and writes by one user on another user’s ids are all refused (404, same answer as for ids that do not exist); nothing changes', async () => {
    const seed = 1 + Math.floor(Math.random() * 2 ** 31);
    console.log(`REST5 cross-user order: seed ${seed}`);
    const random = prng(seed);
    const aliceBefore = await libraryView(alice, aliceData);
    const bobBefore = await libraryView(bob, bobData);
    const order = Array.from({ length: 100 }, (_, i) => attempts[i % attempts.length] as Attempt);
    let refused = 0;
    for (const a of random.shuffle(order)) {
      const answer = await attempt(bob, a, aliceData);
      const control = await attempt(bob, a, nobody());
      expect([a.name, answer.status], `seed ${seed}`).toEqual([a.name, 404]);
      expect(answer.text, a.name).toBe(control.text);
      refused++;
    }
    expect(refused).toBe(100);
    expect(await libraryView(alice, aliceData)).toEqual(aliceBefore);
    expect(await libraryView(bob, bobData)).toEqual(bobBefore);
  });

  it('REST5: no list of one user mentions anything of another', async () => {
    const aliceIds = [aliceData.songId, aliceData.sectionId, aliceData.chordId, aliceData.practiceSessionId, aliceData.shareLinkId, aliceData.restoreId];
    const bobView = JSON.stringify(await libraryView(bob, bobData));
    for (const id of aliceIds) expect(bobView).not.toContain(id);
    expect(bobView).toContain(bobData.songId);
  });
});
