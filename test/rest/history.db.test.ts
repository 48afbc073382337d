import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { DeletedSongListResponse, HistoryPointListResponse, HistoryPointSongsResponse, RestoreResponse, type HistoryPoint } from '../../shared/rest/history-api.ts';
import { PreferencesResponse } from '../../shared/rest/preferences-api.ts';
import { SongListResponse, SongResponse, type ApiSongDetail } from '../../shared/rest/song-api.ts';
import { libraryContent } from '../../server/document-diff/library-content.ts';
import { expectProjectionOfStoredDocument } from '../sync/projection-check.ts';
import { waitUntil, type Device } from '../sync/sync-client.ts';
import { loadStoredDoc } from '../sync/sync-harness.ts';
import { snapshotLibrary } from './library-fixture.ts';
import { createRestHarness, expectStatus, type ApiUser, type RestHarness } from './rest-harness.ts';

const DAY = 86_400_000;

let h: RestHarness;
beforeAll(async () => {
  h = await createRestHarness();
});
afterAll(() => h.close());

/** What a song's page shows, without times and counters (a restore brings content back, not times). */
function shape(song: ApiSongDetail) {
  return {
    id: song.id,
    title: song.title,
    artist: song.artist,
    bpm: song.bpm,
    tags: song.tags,
    deleted: song.deletedAt !== null,
    tempoMap: song.tempoMap,
    sections: song.sections.map((s) => ({ id: s.id, name: s.name, bars: s.bars, confidence: s.confidence, notes: s.notes, chords: s.chords })),
  };
}

async function getSong(user: ApiUser, id: string) {
  return SongResponse.parse(await expectStatus(await user.api.request('GET', pathTo(restPaths.song, { id })), 200)).song;
}

async function post<T>(user: ApiUser, path: string, schema: { parse(v: unknown): T }, status = 201): Promise<T> {
  return schema.parse(await expectStatus(await user.api.json('POST', path, {}), status));
}

/** Both devices hold the same library as the server's stored document, and it satisfies `check`. */
async function converged(devices: Device[], check: (content: ReturnType<typeof libraryContent>) => boolean, what: string): Promise<void> {
  await waitUntil(() => {
    const contents = devices.map((device) => libraryContent(readLibrary(device.doc)));
    const texts = contents.map((content) => JSON.stringify(content));
    return texts.every((text) => text === texts[0]) && contents.every(check);
  }, what, 5_000);
}

async function setup() {
  const user = await h.user();
  const name = libraryDocName(user.userId);
  const devices = [h.device(user, name), h.device(user, name)];
  await Promise.all(devices.map((d) => d.synced()));
  const create = async (body: object) => SongResponse.parse(await expectStatus(await user.api.json('POST', restPaths.songs, body), 201)).song;
  const x = await create({ title: 'X', bpm: 90, sections: [{ name: 'Verse', bars: 8, chords: [{ bar: 1, beat: 1, root: 'G' }] }, { name: 'Chorus', bars: 4 }] });
  const y = await create({ title: 'Y', artist: 'Band', tags: ['keep'] });
  await expectStatus(await user.api.request('PUT', restPaths.preferences, { body: JSON.stringify({ preferences: { theme: 'light' } }), headers: { 'content-type': 'application/json' } }), 200);
  await snapshotLibrary(h, user.userId);
  const { points } = HistoryPointListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.historyPoints), 200));
  const daily = points.find((p) => p.kind === 'daily');
  if (!daily) throw new Error(`no daily point in ${JSON.stringify(points)}`);
  const atPoint = { x: shape(x), y: shape(y) };

  // Later edits: X renamed, a section removed, a chord changed; Y deleted; Z created; a preference changed.
  const xVerse = x.sections[0];
  if (!xVerse) throw new Error('no verse');
  await expectStatus(await user.api.json('PATCH', pathTo(restPaths.song, { id: x.id }), { title: 'X (edited)', bpm: 120 }), 200);
  await expectStatus(await user.api.json('PATCH', pathTo(restPaths.section, { id: xVerse.id }), { chords: [{ bar: 2, beat: 1, root: 'D' }] }), 200);
  await expectStatus(await user.api.json('DELETE', pathTo(restPaths.section, { id: x.sections[1]?.id ?? '' }), {}), 204);
  await expectStatus(await user.api.json('DELETE', pathTo(restPaths.song, { id: y.id }), {}), 204);
  const z = await create({ title: 'Z' });
  await expectStatus(await user.api.request('PUT', restPaths.preferences, { body: JSON.stringify({ preferences: { theme: 'dark' } }), headers: { 'content-type': 'application/json' } }), 200);
  const edited = { x: shape(await getSong(user, x.id)), y: shape(await getSong(user, y.id)), z: shape(z) };
  return { user, devices, daily, points, ids: { x: x.id, y: y.id, z: z.id }, atPoint, edited };
}

describe('history', () => {
  it('HIST1: earlier states are listed (daily snapshots of 30 days and the compacted state) and a song can be viewed as it was', async () => {
    const { user, daily, points, ids, atPoint } = await setup();
    expect(points.map((p: HistoryPoint) => p.kind).sort()).toEqual(['compacted', 'daily']);
    const at = HistoryPointSongsResponse.parse(await expectStatus(await user.api.request('GET', pathTo(restPaths.historyPointSongs, { pointId: daily.id })), 200));
    expect(at.songs.map((s) => [s.title, s.deletedAt]).sort()).toEqual([['X', null], ['Y', null]]);
    const x = SongResponse.parse(await expectStatus(await user.api.request('GET', pathTo(restPaths.historyPointSong, { pointId: daily.id, songId: ids.x })), 200)).song;
    expect(shape(x)).toEqual(atPoint.x);
    expect((await user.api.request('GET', pathTo(restPaths.historyPointSong, { pointId: daily.id, songId: ids.z }))).status).toBe(404);

    // A second day gives a second daily point; past 30 days a daily point is no longer offered.
    h.clock.advance(DAY);
    await expectStatus(await user.api.json('PATCH', pathTo(restPaths.song, { id: ids.z }), { artist: 'New day' }), 200);
    await snapshotLibrary(h, user.userId);
    const later = HistoryPointListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.historyPoints), 200)).points;
    expect(later.filter((p) => p.kind === 'daily')).toHaveLength(2);
    h.clock.advance(30 * DAY);
    await h.signInAgain(user);
    const old = HistoryPointListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.historyPoints), 200)).points;
    expect(old.filter((p) => p.kind === 'daily')).toHaveLength(1);
    expect((await user.api.request('GET', pathTo(restPaths.historyPointSongs, { pointId: daily.id }))).status).toBe(404);
  });

  it('HIST2, HIST4: restoring one song is a new change every device receives (an offline edit elsewhere survives), and it can be undone', async () => {
    const { user, devices, daily, ids, atPoint, edited } = await setup();
    const [a, b] = devices;
    if (!a || !b) throw new Error('devices');
    // Device B edits Y's artist offline while the restore happens: a restore is not a rewind.
    b.provider.disconnect();
    const restore = (await post(user, pathTo(restPaths.restoreSong, { pointId: daily.id, songId: ids.x }), RestoreResponse)).restore;
    expect([restore.kind, restore.songId, restore.changes > 0]).toEqual(['song', ids.x, true]);
    // The answer reflects it: the projection was written before the response.
    expect(shape(await getSong(user, ids.x))).toEqual(atPoint.x);
    expect(shape(await getSong(user, ids.z))).toEqual(edited.z);
    await converged([a], (c) => c.songs.find((s) => s.id === ids.x)?.title === 'X', 'A sees the restored song');

    const yBefore = readLibrary(b.doc).deletedSongs.find((s) => s.id === ids.y);
    expect(yBefore).toBeDefined();
    updateSong(b.doc, ids.y, { artist: 'Offline artist' });
    await b.provider.connect();
    await converged([a, b], (c) => c.songs.find((s) => s.id === ids.x)?.title === 'X' && c.songs.find((s) => s.id === ids.y)?.artist === 'Offline artist', 'A and B converge');

    const undo = (await post(user, pathTo(restPaths.undoRestore, { restoreId: restore.id }), RestoreResponse)).restore;
    expect([undo.kind, undo.undoes]).toEqual(['undo', restore.id]);
    expect(shape(await getSong(user, ids.x))).toEqual(edited.x);
    await converged([a, b], (c) => c.songs.find((s) => s.id === ids.x)?.title === 'X (edited)', 'undo reaches both devices');
    expect((await user.api.json('POST', pathTo(restPaths.undoRestore, { restoreId: restore.id }), {})).status).toBe(409);
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.testDb.db, user.userId);
  });

  it('HIST2, HIST3, HIST4: restoring the whole library brings back songs, sections, chords and settings, deletes later songs; undo and redo', async () => {
    const { user, devices, daily, ids, atPoint, edited } = await setup();
    const restore = (await post(user, pathTo(restPaths.restoreLibrary, { pointId: daily.id }), RestoreResponse)).restore;
    expect(restore.kind).toBe('library');
    expect(shape(await getSong(user, ids.x))).toEqual(atPoint.x);
    expect(shape(await getSong(user, ids.y))).toEqual(atPoint.y);
    expect((await getSong(user, ids.z)).deletedAt).not.toBeNull();
    const prefs = PreferencesResponse.parse(await expectStatus(await user.api.request('GET', restPaths.preferences), 200));
    expect(prefs.preferences.theme).toBe('light');
    const live = SongListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.songs), 200)).songs.map((s) => s.title);
    expect(live).toEqual(['X', 'Y']);
    await converged(devices, (c) => c.songs.filter((s) => !s.deleted).map((s) => s.title).sort().join() === 'X,Y' && c.preferences.theme === 'light', 'devices converge on the restored library');

    const undo = (await post(user, pathTo(restPaths.undoRestore, { restoreId: restore.id }), RestoreResponse)).restore;
    expect(shape(await getSong(user, ids.x))).toEqual(edited.x);
    expect(shape(await getSong(user, ids.y))).toEqual(edited.y);
    expect(shape(await getSong(user, ids.z))).toEqual(edited.z);
    await converged(devices, (c) => c.preferences.theme === 'dark' && c.songs.find((s) => s.id === ids.z)?.deleted === false, 'devices converge on the undo');

    // The undo is itself a restore: undoing it restores the point again.
    await post(user, pathTo(restPaths.undoRestore, { restoreId: undo.id }), RestoreResponse);
    expect(shape(await getSong(user, ids.x))).toEqual(atPoint.x);
    await converged(devices, (c) => c.preferences.theme === 'light', 'devices converge on the redo');
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.testDb.db, user.userId);
    const stored = libraryContent(readLibrary(await loadStoredDoc(h.testDb.db, libraryDocName(user.userId))));
    for (const device of devices) expect(libraryContent(readLibrary(device.doc))).toEqual(stored);
  });

  it('HIST5: a deleted song is in "recently deleted" for 30 days and comes back with its sections and chords', async () => {
    const user = await h.user();
    const { song } = SongResponse.parse(await expectStatus(await user.api.json('POST', restPaths.songs, { title: 'Gone', sections: [{ name: 'A', chords: [{ bar: 1, beat: 1, root: 'E' }] }] }), 201));
    await expectStatus(await user.api.json('DELETE', pathTo(restPaths.song, { id: song.id }), {}), 204);
    const deleted = DeletedSongListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.deletedSongs), 200)).songs;
    expect(deleted.map((s) => s.id)).toEqual([song.id]);
    const back = SongResponse.parse(await expectStatus(await user.api.json('POST', pathTo(restPaths.restoreDeletedSong, { songId: song.id }), {}), 200)).song;
    expect([back.deletedAt, back.sections.map((s) => s.chords.map((c) => c.symbol))]).toEqual([null, [['E']]]);
    expect(SongListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.songs), 200)).songs.map((s) => s.id)).toEqual([song.id]);
    expect(DeletedSongListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.deletedSongs), 200)).songs).toEqual([]);

    // Listed for 30 days after the delete, not after.
    await expectStatus(await user.api.json('DELETE', pathTo(restPaths.song, { id: song.id }), {}), 204);
    h.clock.advance(30 * DAY - 60_000);
    await h.signInAgain(user);
    expect(DeletedSongListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.deletedSongs), 200)).songs.map((s) => s.id)).toEqual([song.id]);
    h.clock.advance(120_000);
    expect(DeletedSongListResponse.parse(await expectStatus(await user.api.request('GET', restPaths.deletedSongs), 200)).songs).toEqual([]);
  });
});
