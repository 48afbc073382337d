import type * as Y from 'yjs';
import {
  createChord,
  createSection,
  createSong,
  createTempoEvent,
  readLibrary,
  type ChordCreateInput,
  type SectionType,
} from '../../lib/library-api.ts';

// ONB4: the demo song has fixed ids, fixed times and fixed content. Two tabs that both create it
// on first run write identical values under identical keys, so their documents converge on one
// demo song instead of two; and every profile's demo reads back the same (import/export included).
const id = (n: number) => `6d657400-de00-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const DEMO_SONG_ID = id(1);
/** A fixed creation time, so concurrent first runs write the same value. */
export const DEMO_CREATED_AT = Date.UTC(2025, 0, 1);

type DemoChord = readonly [bar: number, beat: number, beats: number, root: ChordCreateInput['root'], quality: ChordCreateInput['quality']];
interface DemoSection {
  readonly name: string;
  readonly type: SectionType;
  readonly bars: number;
  readonly confidence: number;
  readonly chords: readonly DemoChord[];
}

const FOUR_CHORDS: readonly DemoChord[] = [
  [1, 1, 4, 'A', 'min'],
  [2, 1, 4, 'F', 'maj'],
  [3, 1, 4, 'C', 'maj'],
  [4, 1, 4, 'G', 'maj'],
];

const DEMO_SECTIONS: readonly DemoSection[] = [
  { name: 'Intro', type: 'intro', bars: 4, confidence: 4, chords: FOUR_CHORDS },
  {
    name: 'Verse',
    type: 'verse',
    bars: 8,
    confidence: 2,
    chords: [...FOUR_CHORDS, [5, 1, 4, 'A', 'min'], [6, 1, 4, 'F', 'maj'], [7, 1, 4, 'D', 'min7'], [8, 1, 2, 'E', '7'], [8, 3, 2, 'E', 'sus4']],
  },
  {
    name: 'Chorus',
    type: 'chorus',
    bars: 8,
    confidence: 3,
    chords: [
      [1, 1, 4, 'C', 'maj'], [2, 1, 4, 'G', 'maj'], [3, 1, 4, 'A', 'min'], [4, 1, 4, 'F', 'maj'],
      [5, 1, 4, 'C', 'maj'], [6, 1, 4, 'G', 'maj'], [7, 1, 4, 'F', 'maj7'], [8, 1, 4, 'G', 'sus4'],
    ],
  },
  { name: 'Bridge', type: 'bridge', bars: 4, confidence: 1, chords: [[1, 1, 4, 'D', 'min'], [2, 1, 4, 'A', 'min'], [3, 1, 8, 'E', '7']] },
  { name: 'Outro', type: 'outro', bars: 4, confidence: 5, chords: [[1, 1, 4, 'A', 'min'], [2, 1, 4, 'F', 'maj'], [3, 1, 8, 'A', 'min']] },
];

/** True when the demo song is in the document, live or deleted. */
export function hasDemoSong(doc: Y.Doc): boolean {
  const library = readLibrary(doc);
  return [...library.songs, ...library.deletedSongs].some((song) => song.id === DEMO_SONG_ID);
}

/**
 * Writes the demo song (sections, chords, a tempo map with a jump and a ramp) in one transaction,
 * unless it is already there. Returns whether it wrote anything.
 */
export function createDemoSong(doc: Y.Doc, origin?: unknown): boolean {
  if (hasDemoSong(doc)) return false;
  const options = { now: DEMO_CREATED_AT, origin };
  let next = 2;
  doc.transact(() => {
    createSong(
      doc,
      {
        id: DEMO_SONG_ID,
        title: 'Demo: Practice Groove',
        artist: 'MetMap',
        bpm: 96,
        key: 'Am',
        timeSignature: '4/4',
        tags: ['demo'],
        notes: 'A demo song to try things out: open Practise, pick the weakest sections and loop them. Delete it any time.',
      },
      options,
    );
    for (const section of DEMO_SECTIONS) {
      const sectionId = createSection(
        doc,
        { id: id(next++), songId: DEMO_SONG_ID, name: section.name, type: section.type, bars: section.bars, confidence: section.confidence },
        options,
      );
      for (const [bar, beat, durationBeats, root, quality] of section.chords) {
        createChord(doc, { id: id(next++), sectionId, bar, beat, durationBeats, root, quality }, options);
      }
    }
    // The chorus (bar 13) lifts to 104 bpm; the outro (bar 25) slows back down over four bars.
    createTempoEvent(doc, { id: id(next++), songId: DEMO_SONG_ID, bar: 13, bpm: 104, change: 'instant' }, options);
    createTempoEvent(doc, { id: id(next++), songId: DEMO_SONG_ID, bar: 25, bpm: 88, change: 'ramp', rampBeats: 16 }, options);
  }, origin);
  return true;
}
