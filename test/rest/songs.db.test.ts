import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryDocName, readLibrary } from '../../shared/library/index.ts';
import { pathTo, restPaths } from '../../shared/rest/api-paths.ts';
import { SectionResponse } from '../../shared/rest/section-api.ts';
import { SongListResponse, SongResponse } from '../../shared/rest/song-api.ts';
import { expectProjectionOfStoredDocument } from '../sync/projection-check.ts';
import { waitUntil } from '../sync/sync-client.ts';
import { createRestHarness, errorCode, expectStatus, type RestHarness } from './rest-harness.ts';

let h: RestHarness;
beforeAll(async () => {
  h = await createRestHarness();
});
afterAll(() => h.close());

describe('songs and sections over REST', () => {
  it('REST2: create a song with tempo map, sections and chords; read it back from the projection; patch, reorder, replace chords, delete', async () => {
    const { api, userId } = await h.user();
    const created = SongResponse.parse(
      await expectStatus(
        await api.json('POST', restPaths.songs, {
          title: 'Autumn Leaves',
          artist: 'Kosma',
          bpm: 120,
          key: 'Gm',
          tags: ['jazz'],
          tempoMap: [{ bar: 17, bpm: 132, change: 'ramp', rampBeats: 8 }],
          sections: [
            { name: 'A', bars: 8, chords: [{ bar: 1, beat: 1, root: 'C', quality: 'min7' }, { bar: 2, beat: 1, root: 'F', quality: '7' }] },
            { name: 'B', type: 'bridge', bars: 8, confidence: 2, notes: 'watch the turnaround' },
          ],
        }),
        201,
      ),
    ).song;
    expect(created.sections.map((s) => [s.name, s.position, s.startBar, s.chords.map((c) => c.symbol)])).toEqual([
      ['A', 0, 1, ['Cm7', 'F7']],
      ['B', 1, 9, []],
    ]);
    expect(created.tempoMap).toMatchObject([{ bar: 17, bpm: 132, change: 'ramp', rampBeats: 8 }]);
    const songPath = pathTo(restPaths.song, { id: created.id });

    const patched = SongResponse.parse(await expectStatus(await api.json('PATCH', songPath, { title: 'Les feuilles mortes', artist: null, tempoMap: [] }), 200)).song;
    expect([patched.title, patched.artist, patched.tempoMap]).toEqual(['Les feuilles mortes', null, []]);

    const [a, b] = created.sections;
    if (!a || !b) throw new Error('sections missing');
    const sectionPath = pathTo(restPaths.section, { id: b.id });
    const moved = SectionResponse.parse(
      await expectStatus(await api.json('PATCH', sectionPath, { index: 0, chords: [{ bar: 1, beat: 1, root: 'D', quality: '7', bass: 'F#' }] }), 200),
    ).section;
    expect([moved.position, moved.chords.map((c) => c.symbol)]).toEqual([0, ['D7/F#']]);
    const firstChord = a.chords[0];
    if (!firstChord) throw new Error('chord missing');
    const aPath = pathTo(restPaths.section, { id: a.id });
    const kept = SectionResponse.parse(await expectStatus(await api.json('PATCH', aPath, { chords: [{ id: firstChord.id, bar: 1, beat: 3, root: 'C', quality: 'min7' }] }), 200)).section;
    expect(kept.chords.map((c) => [c.id, c.beat])).toEqual([[firstChord.id, 3]]);
    expect((await api.json('PATCH', aPath, { chords: [{ id: b.id, bar: 1, beat: 1, root: 'C' }] })).status).toBe(400);

    const added = SectionResponse.parse(await expectStatus(await api.json('POST', pathTo(restPaths.songSections, { id: created.id }), { name: 'Coda', type: 'outro', index: 1 }), 201)).section;
    expect(added.position).toBe(1);
    await expectStatus(await api.json('DELETE', pathTo(restPaths.section, { id: added.id }), {}), 204);
    const detail = SongResponse.parse(await expectStatus(await api.request('GET', songPath), 200)).song;
    expect(detail.sections.map((s) => s.name)).toEqual(['B', 'A']);

    await expectStatus(await api.json('DELETE', songPath, {}), 204);
    const list = SongListResponse.parse(await expectStatus(await api.request('GET', restPaths.songs), 200));
    expect(list.songs).toEqual([]);
    expect(SongResponse.parse(await expectStatus(await api.request('GET', songPath), 200)).song.deletedAt).not.toBeNull();
    await expectProjectionOfStoredDocument(h.testDb.db, userId);
  });

  it('REST2: the list searches, filters by tag, sorts and pages with a cursor that only continues its own listing', async () => {
    const { api } = await h.user();
    const titles = ['alpha', 'Bravo', 'charlie', 'Delta 50%', 'echo_x', 'Foxtrot', 'golf'];
    for (const [i, title] of titles.entries()) {
      await expectStatus(await api.json('POST', restPaths.songs, { title, artist: i % 2 ? 'Odd Band' : undefined, tags: i % 3 === 0 ? ['three'] : [] }), 201);
    }
    const page = async (query: string) => SongListResponse.parse(await expectStatus(await api.request('GET', `${restPaths.songs}?${query}`), 200));
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const result: SongListResponse = await page(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...result.songs.map((s) => s.title));
      cursor = result.nextCursor;
    } while (cursor);
    expect(all).toEqual(titles);
    expect((await page('sort=title&order=desc&limit=2')).songs.map((s) => s.title)).toEqual(['golf', 'Foxtrot']);
    expect((await page('q=50%25')).songs.map((s) => s.title)).toEqual(['Delta 50%']);
    expect((await page('q=o_x')).songs.map((s) => s.title)).toEqual(['echo_x']);
    expect((await page('q=odd')).songs.map((s) => s.title)).toEqual(['Bravo', 'Delta 50%', 'Foxtrot']);
    expect((await page('tag=three')).songs.map((s) => s.title)).toEqual(['alpha', 'Delta 50%', 'golf']);
    // Ties (same artist) are ordered by id, and paging through them loses or repeats nothing.
    const byArtist = (await page('sort=artist&limit=10')).songs;
    expect(byArtist.map((s) => s.artist)).toEqual([null, null, null, null, 'Odd Band', 'Odd Band', 'Odd Band']);
    const paged: string[] = [];
    for (let next: string | null = '', guard = 0; next !== null && guard < 10; guard++) {
      const result: SongListResponse = await page(`sort=artist&limit=2${next ? `&cursor=${next}` : ''}`);
      paged.push(...result.songs.map((s) => s.id));
      next = result.nextCursor;
    }
    expect(paged).toEqual(byArtist.map((s) => s.id));
    const byArtistDesc = (await page('sort=artist&order=desc&limit=2')).songs;
    expect(byArtistDesc.map((s) => s.artist)).toEqual(['Odd Band', 'Odd Band']);
    const first = await page('sort=createdAt&limit=2');
    expect(first.nextCursor).not.toBeNull();
    const wrong = await api.request('GET', `${restPaths.songs}?sort=title&limit=2&cursor=${first.nextCursor}`);
    expect([wrong.status, await errorCode(wrong)]).toEqual([400, 'validation_failed']);
    expect((await api.request('GET', `${restPaths.songs}?limit=0`)).status).toBe(400);
    expect((await api.request('GET', `${restPaths.songs}?bogus=1`)).status).toBe(400);
    expect((await api.request('GET', `${restPaths.songs}?q=a&q=b`)).status).toBe(400);
  });

  it('REST3: a REST write reaches a connected provider and is in the projection when the answer arrives (the delay is printed, not asserted)', async () => {
    const user = await h.user();
    const device = h.device(user, libraryDocName(user.userId));
    await device.synced();
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const title = `Live ${i}`;
      let seenAt = 0;
      const onUpdate = () => {
        if (seenAt === 0 && readLibrary(device.doc).songs.some((s) => s.title === title)) seenAt = performance.now();
      };
      device.doc.on('update', onUpdate);
      const sent = performance.now();
      const response = await user.api.json('POST', restPaths.songs, { title });
      const answeredAt = performance.now();
      const { song } = SongResponse.parse(await expectStatus(response, 201));
      // In the projection when the answer returns: the list (read from the projection tables) has it now.
      const list = SongListResponse.parse(await expectStatus(await user.api.request('GET', `${restPaths.songs}?q=${encodeURIComponent(title)}`), 200));
      expect(list.songs.map((s) => s.id)).toEqual([song.id]);
      await waitUntil(() => seenAt > 0, `device sees ${title}`, 10_000);
      device.doc.off('update', onUpdate);
      // The document change is committed before the projection pass and the answer; measure to whichever comes first.
      timings.push(Math.max(0, seenAt - sent), answeredAt - sent);
      const reachedMs = seenAt - sent;
      console.log(`REST3: write ${i}: provider saw it ${reachedMs.toFixed(1)} ms after the request was sent; answer after ${(answeredAt - sent).toFixed(1)} ms`);
      expect(reachedMs).toBeGreaterThan(0);
    }
    expect(timings.length).toBe(10);
  });
});
