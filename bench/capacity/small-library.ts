// The library every benchmark user starts with, built through the public accessors.
import * as Y from 'yjs';
import { createChord, createSection, createSong, setPreferences, type SectionType } from '../../shared/library/index.ts';

export type LibraryShape = { songs: number; sectionsPerSong: number; chordsPerSection: number };

const TYPES: SectionType[] = ['intro', 'verse', 'chorus', 'verse', 'chorus', 'bridge', 'outro'];
const ROOTS = ['C', 'G', 'A', 'F', 'D', 'E'] as const;

/** Deterministic ids, so every worker knows the song ids without being told the document. */
function idSource(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
}

/** A library of `shape` as one Yjs update, and its song ids. */
export function buildLibrary(shape: LibraryShape): { update: Uint8Array; songIds: string[] } {
  const doc = new Y.Doc();
  const id = idSource();
  let now = Date.UTC(2026, 0, 1);
  const at = () => ({ now: (now += 1000) });
  setPreferences(doc, { theme: 'dark', countInBeats: 4 }, at());
  const songIds: string[] = [];
  for (let s = 0; s < shape.songs; s++) {
    const songId = createSong(doc, { id: id(), title: `Song ${s + 1}`, artist: `Artist ${s % 7}`, bpm: 80 + 5 * s, key: 'Am', timeSignature: '4/4' }, at());
    songIds.push(songId);
    for (let k = 0; k < shape.sectionsPerSong; k++) {
      const type = TYPES[k % TYPES.length] ?? 'custom';
      const sectionId = createSection(doc, { id: id(), songId, name: `${type} ${k + 1}`, type, bars: 8 }, at());
      for (let c = 0; c < shape.chordsPerSection; c++) {
        createChord(doc, { id: id(), sectionId, bar: 1 + 2 * c, beat: 1, durationBeats: 8, root: ROOTS[(s + k + c) % ROOTS.length] ?? 'C', quality: 'maj' }, at());
      }
    }
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, songIds };
}
