import type * as Y from 'yjs';
import { createChord, deleteChord, updateChord } from '../accessors-chord.ts';
import { createPracticeSession, deletePracticeSession, updatePracticeSession } from '../accessors-practice-log.ts';
import { recordSectionPractice, recordSongPractice } from '../accessors-practice-stats.ts';
import { createSection, deleteSection, reorderSection, restoreSection, updateSection } from '../accessors-section.ts';
import { setMetronomeSettings, setPreferences } from '../accessors-settings.ts';
import { createSong, deleteSong, restoreSong, updateSong } from '../accessors-song.ts';
import { createTempoEvent, deleteTempoEvent, updateTempoEvent } from '../accessors-tempo.ts';
import { LIBRARY_ERROR, isLibraryError } from '../errors.ts';
import { CHORD_QUALITIES, NOTE_NAMES } from '../schema-chord.ts';
import { SECTION_TYPES } from '../schema-section.ts';
import { CLICK_SOUNDS, THEMES } from '../schema-settings.ts';
import { TEMPO_CHANGES } from '../schema-tempo.ts';
import { libraryRoots, practiceRoots, type RootMap } from '../roots.ts';
import type { Random } from './prng.ts';

/** Ids created so far on any replica; a replica that has not seen one yet gets NOT_FOUND. */
export interface IdPool {
  songs: string[];
  sections: string[];
  chords: string[];
  tempoEvents: string[];
  sessions: string[];
}

export const emptyPool = (): IdPool => ({ songs: [], sections: [], chords: [], tempoEvents: [], sessions: [] });

interface Target {
  library: Y.Doc;
  practice: Y.Doc;
  now: number;
}

// Small value sets make concurrent writes to the same field (and equal order keys) common.
const TITLES = ['Blackbird', 'So What', 'Autumn Leaves', 'Giant Steps'];
const NAMES = ['Intro', 'Verse', 'Chorus', 'Bridge', 'Solo'];
const TAGS = ['jazz', 'rock', 'gig', 'slow'];

function songPatch(random: Random): Parameters<typeof updateSong>[2] {
  switch (random.int(0, 6)) {
    case 0: return { title: random.pick(TITLES) };
    case 1: return { artist: random.bool(0.2) ? null : `Artist ${random.int(1, 3)}` };
    case 2: return { bpm: random.bool(0.2) ? null : random.int(60, 180) };
    case 3: return { key: random.pick(['Am', 'C', 'F#m']), timeSignature: random.pick(['4/4', '3/4', '6/8']) };
    case 4: return { tags: TAGS.filter(() => random.bool()) };
    case 5: return { notes: `note ${random.int(1, 5)}` };
    default: return { durationSeconds: random.int(60, 400), album: random.bool(0.3) ? null : 'Live' };
  }
}

function sectionPatch(random: Random): Parameters<typeof updateSection>[2] {
  switch (random.int(0, 5)) {
    case 0: return { name: random.pick(NAMES) };
    case 1: return { type: random.pick(SECTION_TYPES) };
    case 2: return { bars: random.int(1, 32) };
    case 3: return { confidence: random.int(1, 5) };
    case 4: return { bpm: random.bool(0.3) ? null : random.int(60, 200), timeSignature: random.bool(0.5) ? null : '3/4' };
    default: return { color: random.bool(0.3) ? null : '#112233', notes: random.bool(0.3) ? null : 'tricky' };
  }
}

const chordFields = (random: Random) => ({
  bar: random.int(1, 8),
  beat: random.int(1, 4),
  durationBeats: random.int(1, 8),
  root: random.pick(NOTE_NAMES),
  quality: random.pick(CHORD_QUALITIES),
  extensions: random.bool(0.2) ? ['b9'] : [],
  ...(random.bool(0.2) ? { bass: random.pick(NOTE_NAMES) } : {}),
});

const tempoFields = (random: Random) => {
  const change = random.pick(TEMPO_CHANGES);
  return { bar: random.int(1, 40), beat: random.int(1, 4), bpm: random.int(40, 240), change, ...(change === 'instant' ? {} : { rampBeats: random.int(1, 16) }) };
};

/** Applies one random accessor call; returns its name, or `${name}:notFound` when refused as unknown. */
export function randomOperation(random: Random, target: Target, pool: IdPool): string {
  const { library, practice } = target;
  const options = { now: target.now };
  const roots = libraryRoots(library);
  const sessions = practiceRoots(practice).sessions;
  // Mostly ids this replica has already seen (a few tries), sometimes ones it has not.
  const pickKnown = (ids: string[], map: RootMap) => {
    if (ids.length === 0) return random.uuid();
    for (let attempt = 0; attempt < 4; attempt++) {
      const id = random.pick(ids);
      if (map.has(id)) return id;
    }
    return random.pick(ids);
  };
  const any = (ids: string[]) =>
    pickKnown(ids, ids === pool.songs ? roots.songs : ids === pool.sections ? roots.sections : ids === pool.chords ? roots.chords : ids === pool.tempoEvents ? roots.tempoEvents : sessions);
  const roll = random.int(0, 99);
  const [name, run] = ((): [string, () => void] => {
    if (roll < 5) return ['createSong', () => pool.songs.push(createSong(library, { id: random.uuid(), title: random.pick(TITLES), tags: [] }, options))];
    if (roll < 17) return ['updateSong', () => updateSong(library, any(pool.songs), songPatch(random), options)];
    if (roll < 19) return ['deleteSong', () => deleteSong(library, any(pool.songs), options)];
    if (roll < 20) return ['restoreSong', () => restoreSong(library, any(pool.songs), options)];
    if (roll < 30) return ['createSection', () => {
      const index = random.bool(0.5) ? random.int(0, 6) : undefined;
      pool.sections.push(createSection(library, { id: random.uuid(), songId: any(pool.songs), name: random.pick(NAMES), ...(index === undefined ? {} : { index }) }, options));
    }];
    if (roll < 45) return ['updateSection', () => updateSection(library, any(pool.sections), sectionPatch(random), options)];
    if (roll < 47) return ['deleteSection', () => deleteSection(library, any(pool.sections), options)];
    if (roll < 49) return ['restoreSection', () => restoreSection(library, any(pool.sections), options)];
    if (roll < 58) return ['reorderSection', () => reorderSection(library, any(pool.sections), random.int(0, 6), options)];
    if (roll < 67) return ['createChord', () => pool.chords.push(createChord(library, { id: random.uuid(), sectionId: any(pool.sections), ...chordFields(random) }, options))];
    if (roll < 74) return ['updateChord', () => updateChord(library, any(pool.chords), random.bool() ? { root: random.pick(NOTE_NAMES) } : { bar: random.int(1, 8), beat: random.int(1, 4) }, options)];
    if (roll < 77) return ['deleteChord', () => deleteChord(library, any(pool.chords), options)];
    if (roll < 79) return ['createTempoEvent', () => pool.tempoEvents.push(createTempoEvent(library, { id: random.uuid(), songId: any(pool.songs), ...tempoFields(random) }, options))];
    if (roll < 81) return ['updateTempoEvent', () => updateTempoEvent(library, any(pool.tempoEvents), { bpm: random.int(40, 240) }, options)];
    if (roll < 82) return ['deleteTempoEvent', () => deleteTempoEvent(library, any(pool.tempoEvents), options)];
    if (roll < 85) return ['recordSongPractice', () => recordSongPractice(library, { songId: any(pool.songs), seconds: random.int(0, 600) }, options)];
    if (roll < 88) return ['recordSectionPractice', () => recordSectionPractice(library, { sectionId: any(pool.sections) }, options)];
    if (roll < 90) return ['setPreferences', () => setPreferences(library, random.bool() ? { theme: random.pick(THEMES) } : { playbackSpeed: random.pick([0.5, 0.75, 1, 1.5]) }, options)];
    if (roll < 92) return ['setMetronomeSettings', () => setMetronomeSettings(library, random.bool() ? { bpm: random.int(40, 240) } : { clickSound: random.pick(CLICK_SOUNDS) }, options)];
    if (roll < 96) return ['createPracticeSession', () => pool.sessions.push(createPracticeSession(practice, { id: random.uuid(), songId: any(pool.songs), startedAt: target.now, sectionIds: [] }, options))];
    if (roll < 99) return ['updatePracticeSession', () => updatePracticeSession(practice, any(pool.sessions), { endedAt: target.now + 60_000, durationSeconds: 60, rating: random.int(1, 5) }, options)];
    return ['deletePracticeSession', () => deletePracticeSession(practice, any(pool.sessions), options)];
  })();
  try {
    run();
    return name;
  } catch (error) {
    if (isLibraryError(error, LIBRARY_ERROR.notFound)) return `${name}:notFound`;
    throw error;
  }
}
