// Builds the benchmark's heavy library through the public accessors (shared/library).
import * as Y from 'yjs';
import {
  createChord,
  createPracticeSession,
  createSection,
  createSong,
  createTempoEvent,
  recordSectionPractice,
  recordSongPractice,
  setMetronomeSettings,
  setPreferences,
  updateSection,
  updateSong,
  type SectionId,
  type SectionType,
  type SongId,
} from '../shared/library/index.ts';

export interface HeavyLibraryShape {
  songs: number;
  sectionsPerSong: number;
  chordsPerSection: number;
  practiceSessions: number;
  /** Apply one later edit to every song and section (as real use does), not just creations. */
  withEdits: boolean;
}

export const HEAVY_LIBRARY: HeavyLibraryShape = {
  songs: 1000,
  sectionsPerSong: 10,
  chordsPerSection: 4,
  practiceSessions: 10_000,
  withEdits: true,
};

const TYPES: SectionType[] = ['intro', 'verse', 'pre-chorus', 'chorus', 'verse', 'chorus', 'bridge', 'solo', 'chorus', 'outro'];
const ROOTS = ['C', 'G', 'A', 'F', 'D', 'E', 'Bb', 'F#'] as const;
const QUALITIES = ['maj', 'min', '7', 'min7', 'maj7', 'sus4'] as const;

/** A deterministic id source, so runs are comparable. */
function idFactory(): () => string {
  let n = 0;
  return () => {
    const hex = (n++).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  };
}

export function buildHeavyLibrary(shape: HeavyLibraryShape = HEAVY_LIBRARY): { library: Y.Doc; practice: Y.Doc } {
  const library = new Y.Doc();
  const practice = new Y.Doc();
  const id = idFactory();
  let now = Date.UTC(2025, 0, 1);
  const tick = () => (now += 1000);
  const songs: { songId: SongId; sectionIds: SectionId[] }[] = [];
  setPreferences(library, { theme: 'dark', countInBeats: 4 }, { now: tick() });
  setMetronomeSettings(library, { bpm: 96, accentPattern: [1, 0.5, 0.7, 0.5] }, { now: tick() });
  for (let s = 0; s < shape.songs; s++) {
    const songId = createSong(
      library,
      {
        id: id(),
        title: `Song number ${s}`,
        artist: `Artist ${s % 97}`,
        album: `Album ${s % 211}`,
        durationSeconds: 180 + (s % 120),
        bpm: 70 + (s % 90),
        key: s % 2 === 0 ? 'Am' : 'C',
        timeSignature: s % 5 === 0 ? '6/8' : '4/4',
        tags: ['rock', s % 3 === 0 ? 'live' : 'studio'],
        notes: 'Watch the push into the last chorus.',
      },
      { now: tick() },
    );
    createTempoEvent(library, { id: id(), songId, bar: 17, bpm: 100 + (s % 40), change: 'ramp', rampBeats: 8 }, { now: tick() });
    const sectionIds: SectionId[] = [];
    for (let k = 0; k < shape.sectionsPerSong; k++) {
      const type = TYPES[k % TYPES.length] ?? 'custom';
      const sectionId = createSection(library, { id: id(), songId, name: `${type} ${k + 1}`, type, bars: 8 }, { now: tick() });
      sectionIds.push(sectionId);
      for (let c = 0; c < shape.chordsPerSection; c++) {
        const root = ROOTS[(s + k + c) % ROOTS.length] ?? 'C';
        const quality = QUALITIES[(s + c) % QUALITIES.length] ?? 'maj';
        createChord(library, { id: id(), sectionId, bar: 1 + 2 * c, beat: 1, durationBeats: 8, root, quality }, { now: tick() });
      }
      if (shape.withEdits) updateSection(library, sectionId, { confidence: 1 + ((s + k) % 5) }, { now: tick() });
    }
    if (shape.withEdits) updateSong(library, songId, { notes: `Practise slowly; revision ${s}.` }, { now: tick() });
    songs.push({ songId, sectionIds });
  }
  for (let p = 0; p < shape.practiceSessions; p++) {
    const song = songs[p % songs.length];
    if (song === undefined) break;
    const startedAt = tick();
    const practised = song.sectionIds.slice(p % 8, (p % 8) + 2);
    createPracticeSession(
      practice,
      { id: id(), songId: song.songId, startedAt, endedAt: startedAt + 900_000, durationSeconds: 900, sectionIds: practised, rating: 1 + (p % 5), notes: 'Good session.' },
      { now: tick() },
    );
    recordSongPractice(library, { songId: song.songId, seconds: 900, at: startedAt }, { now: tick() });
    for (const sectionId of practised) recordSectionPractice(library, { sectionId, at: startedAt }, { now: tick() });
  }
  return { library, practice };
}
