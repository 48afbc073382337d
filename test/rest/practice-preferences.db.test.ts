import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceDocName, readPracticeLog } from '../../shared/library/index.ts';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { PracticeSessionListResponse, PracticeSessionResponse } from '../../shared/rest/practice-session-api.ts';
import { PreferencesResponse } from '../../shared/rest/preferences-api.ts';
import { SongResponse } from '../../shared/rest/song-api.ts';
import { expectProjectionOfStoredDocument } from '../sync/projection-check.ts';
import { waitUntil } from '../sync/sync-client.ts';
import { createRestHarness, expectStatus, type RestHarness } from './rest-harness.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 1, 12);

let h: RestHarness;
beforeAll(async () => {
  h = await createRestHarness();
});
afterAll(() => h.close());

describe('practice sessions and preferences over REST', () => {
  it('REST2, REST3: sessions go into the practice document (live on a device), list newest first with song and time filters and a cursor', async () => {
    const user = await h.user();
    const device = h.device(user, practiceDocName(user.userId));
    await device.synced();
    const song = async (title: string) => SongResponse.parse(await expectStatus(await user.api.json('POST', restPaths.songs, { title }), 201)).song.id;
    const [a, b] = [await song('A'), await song('B')];
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const body = { songId: i % 2 ? b : a, startedAt: T0 + i * HOUR, durationSeconds: 600, rating: 1 + i };
      ids.push(PracticeSessionResponse.parse(await expectStatus(await user.api.json('POST', restPaths.practiceSessions, body), 201)).practiceSession.id);
    }
    await waitUntil(() => readPracticeLog(device.doc).sessions.length === 5, 'the device has the five sessions');

    const list = async (query: string) => PracticeSessionListResponse.parse(await expectStatus(await user.api.request('GET', `${restPaths.practiceSessions}?${query}`), 200));
    expect((await list('')).practiceSessions.map((s) => s.id)).toEqual([...ids].reverse());
    expect((await list(`songId=${b}`)).practiceSessions.map((s) => s.id)).toEqual([ids[3], ids[1]]);
    const from = new Date(T0 + HOUR).toISOString();
    const to = new Date(T0 + 3 * HOUR).toISOString();
    expect((await list(`from=${from}&to=${to}`)).practiceSessions.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    const paged: string[] = [];
    for (let cursor: string | null = '', guard = 0; cursor !== null && guard < 10; guard++) {
      const page: PracticeSessionListResponse = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.practiceSessions.map((s) => s.id));
      cursor = page.nextCursor;
    }
    expect(paged).toEqual([...ids].reverse());

    const first = ids[0] ?? '';
    const ended = PracticeSessionResponse.parse(
      await expectStatus(await user.api.json('PATCH', pathTo(restPaths.practiceSession, { id: first }), { endedAt: T0 + 600_000, notes: 'slow', tempoReached: 96 }), 200),
    ).practiceSession;
    expect([ended.endedAt, ended.notes, ended.tempoReached]).toEqual([new Date(T0 + 600_000).toISOString(), 'slow', 96]);
    await waitUntil(() => readPracticeLog(device.doc).sessions.find((s) => s.id === first)?.notes === 'slow', 'the device has the edit');
    expect((await user.api.json('POST', restPaths.practiceSessions, { songId: crypto.randomUUID(), startedAt: T0 })).status).toBe(404);
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.testDb.db, user.userId, ['library', 'practice']);
  });

  it('REST2, REST3: preferences read as complete defaults, and PUT replaces the groups it is given', async () => {
    const { api } = await h.user();
    const initial = PreferencesResponse.parse(await expectStatus(await api.request('GET', restPaths.preferences), 200));
    expect([initial.preferences.theme, initial.metronome.bpm, initial.updatedAt]).toEqual(['system', 120, null]);
    const put = (body: object) => api.request('PUT', restPaths.preferences, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const after = PreferencesResponse.parse(await expectStatus(await put({ preferences: { theme: 'dark', countInBeats: 2 }, metronome: { bpm: 90, accentPattern: [1, 0.5, 0.5] } }), 200));
    expect([after.preferences.theme, after.preferences.countInBeats, after.metronome.bpm, after.metronome.accentPattern]).toEqual(['dark', 2, 90, [1, 0.5, 0.5]]);
    expect(after.updatedAt).not.toBeNull();
    // A group given is replaced whole: countInBeats falls back to its default; the metronome stays.
    const replaced = PreferencesResponse.parse(await expectStatus(await put({ preferences: { theme: 'light' } }), 200));
    expect([replaced.preferences.theme, replaced.preferences.countInBeats, replaced.metronome.bpm]).toEqual(['light', 4, 90]);
    expect((await put({ preferences: { theme: 'neon' } })).status).toBe(400);
    expect((await put({ theme: 'dark' })).status).toBe(400);
  });
});
