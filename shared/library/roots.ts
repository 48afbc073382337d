import type { Doc, Map as YMap } from 'yjs';

/**
 * Root type names of the library document (DOC2). Every root is a top-level Y.Map, so two
 * replicas that "create" one get the same type: nothing is ever created nested and lazily.
 */
export const LIBRARY_ROOT_NAMES = {
  meta: 'meta',
  songs: 'songs',
  songFields: 'songFields',
  sections: 'sections',
  sectionFields: 'sectionFields',
  chords: 'chords',
  tempoEvents: 'tempoEvents',
  practiceStats: 'practiceStats',
  preferences: 'preferences',
  metronome: 'metronome',
} as const;

/** Root type names of the practice document `practice:<userId>` (DOC12). */
export const PRACTICE_ROOT_NAMES = { meta: 'meta', sessions: 'sessions' } as const;

export type RootMap = YMap<unknown>;
export type LibraryRoots = { readonly [K in keyof typeof LIBRARY_ROOT_NAMES]: RootMap };
export type PracticeRoots = { readonly [K in keyof typeof PRACTICE_ROOT_NAMES]: RootMap };

// The only place in the code base that asks a Y.Doc for its shared types (STYLE habit 1).
export function libraryRoots(doc: Doc): LibraryRoots {
  const names = LIBRARY_ROOT_NAMES;
  return {
    meta: doc.getMap(names.meta),
    songs: doc.getMap(names.songs),
    songFields: doc.getMap(names.songFields),
    sections: doc.getMap(names.sections),
    sectionFields: doc.getMap(names.sectionFields),
    chords: doc.getMap(names.chords),
    tempoEvents: doc.getMap(names.tempoEvents),
    practiceStats: doc.getMap(names.practiceStats),
    preferences: doc.getMap(names.preferences),
    metronome: doc.getMap(names.metronome),
  };
}

export function practiceRoots(doc: Doc): PracticeRoots {
  return { meta: doc.getMap(PRACTICE_ROOT_NAMES.meta), sessions: doc.getMap(PRACTICE_ROOT_NAMES.sessions) };
}

/** The `meta` map every MetMap document has (library and practice alike). */
export function metaRoot(doc: Doc): RootMap {
  return doc.getMap(LIBRARY_ROOT_NAMES.meta);
}
