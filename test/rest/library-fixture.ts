import { libraryDocName } from '../../shared/library/index.ts';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { HistoryPointListResponse, RestoreResponse } from '../../shared/rest/history-api.ts';
import { PracticeSessionResponse } from '../../shared/rest/practice-session-api.ts';
import { CreatedShareLinkResponse } from '../../shared/rest/share-api.ts';
import { SongResponse } from '../../shared/rest/song-api.ts';
import { createPgDocumentStore } from '../../server/sync/pg-document-store.ts';
import type { ApiUser, RestHarness } from './rest-harness.ts';
import { expectStatus } from './rest-harness.ts';

/** Ids of everything a user owns after `buildLibraryFixture`, for tests that aim requests at them. */
export type LibraryFixture = {
  songId: string;
  sectionId: string;
  chordId: string;
  practiceSessionId: string;
  shareLinkId: string;
  shareToken: string;
  revokedToken: string;
  pointId: string;
  restoreId: string;
};

/** Snapshots the user's library now, as the compactor would (a 'daily' point when it is the day's first). */
export async function snapshotLibrary(h: RestHarness, userId: string): Promise<void> {
  await createPgDocumentStore(h.app.db, { now: () => h.clock() }).compact(libraryDocName(userId), { force: true });
}

/** A song with a section and a chord, a practice session, an active and a revoked share link, a history point and a restore. */
export async function buildLibraryFixture(h: RestHarness, user: ApiUser): Promise<LibraryFixture> {
  const { api } = user;
  const { song } = SongResponse.parse(
    await expectStatus(
      await api.json('POST', restPaths.songs, {
        title: 'Fixture song',
        artist: 'Fixture band',
        bpm: 100,
        notes: 'private song notes',
        sections: [{ name: 'Verse', confidence: 2, notes: 'private section notes', chords: [{ bar: 1, beat: 1, root: 'A', quality: 'min' }] }],
      }),
      201,
    ),
  );
  const section = song.sections[0];
  const chord = section?.chords[0];
  if (!section || !chord) throw new Error('fixture song without section or chord');
  const { practiceSession } = PracticeSessionResponse.parse(
    await expectStatus(await api.json('POST', restPaths.practiceSessions, { songId: song.id, startedAt: h.clock() - 60_000, notes: 'private practice notes', rating: 4 }), 201),
  );
  const share = (expiresIn: string) => api.json('POST', pathTo(restPaths.songShareLinks, { id: song.id }), { expiresIn });
  const active = CreatedShareLinkResponse.parse(await expectStatus(await share('never'), 201));
  const revoked = CreatedShareLinkResponse.parse(await expectStatus(await share('7d'), 201));
  await expectStatus(await api.json('DELETE', pathTo(restPaths.shareLink, { id: revoked.shareLink.id }), {}), 204);
  await snapshotLibrary(h, user.userId);
  const { points } = HistoryPointListResponse.parse(await expectStatus(await api.request('GET', restPaths.historyPoints), 200));
  const point = points[0];
  if (!point) throw new Error('no history point');
  const { restore } = RestoreResponse.parse(await expectStatus(await api.json('POST', pathTo(restPaths.restoreLibrary, { pointId: point.id }), {}), 201));
  return {
    songId: song.id,
    sectionId: section.id,
    chordId: chord.id,
    practiceSessionId: practiceSession.id,
    shareLinkId: active.shareLink.id,
    shareToken: active.token,
    revokedToken: revoked.token,
    pointId: point.id,
    restoreId: restore.id,
  };
}

/** Everything the API shows a user about their library, for before/after comparisons. */
export async function libraryView(user: ApiUser, fixture: LibraryFixture): Promise<unknown[]> {
  const paths = [
    restPaths.songs,
    pathTo(restPaths.song, { id: fixture.songId }),
    restPaths.practiceSessions,
    restPaths.preferences,
    restPaths.shareLinks,
    restPaths.historyPoints,
    restPaths.restores,
    restPaths.deletedSongs,
  ];
  return Promise.all(paths.map(async (path) => expectStatus(await user.api.request('GET', path), 200)));
}
