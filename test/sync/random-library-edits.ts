import type * as Y from 'yjs';
import { createSection, createSong, updateSection, updateSong } from '../../shared/library/index.ts';
import type { prng } from './prng.ts';

/** What one device knows and created, so the converged library can be checked for lost and duplicated entities. */
export type EditorState = {
  label: string;
  songIds: string[];
  sectionIds: string[];
  createdSongTitles: string[];
  createdSectionNames: string[];
};

export function editorState(label: string, songIds: string[]): EditorState {
  return { label, songIds: [...songIds], sectionIds: [], createdSongTitles: [], createdSectionNames: [] };
}

/**
 * One random edit through the public accessors: create a song (titles are unique per device and
 * step), edit a song field, add a section to a known song, or change one of its sections.
 */
export function randomLibraryEdit(doc: Y.Doc, random: ReturnType<typeof prng>, state: EditorState, step: number): void {
  const roll = random.next();
  const label = state.label;
  if (roll < 0.3 || state.songIds.length === 0) {
    const title = `${label}-song-${step}`;
    state.songIds.push(createSong(doc, { title, bpm: 60 + random.int(120) }));
    state.createdSongTitles.push(title);
  } else if (roll < 0.65) {
    const fields = [{ bpm: 40 + random.int(200) }, { artist: `${label} artist ${step}` }, { notes: `${label} notes ${step}` }, { key: random.pick(['C', 'Am', 'F#', 'Eb']) }];
    updateSong(doc, random.pick(state.songIds), random.pick(fields));
  } else if (roll < 0.85 || state.sectionIds.length === 0) {
    const name = `${label}-section-${step}`;
    const type = random.pick(['verse', 'chorus', 'bridge'] as const);
    state.sectionIds.push(createSection(doc, { songId: random.pick(state.songIds), name, type, bars: 1 + random.int(16) }));
    state.createdSectionNames.push(name);
  } else {
    updateSection(doc, random.pick(state.sectionIds), { confidence: 1 + random.int(5) });
  }
}
