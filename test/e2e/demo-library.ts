import * as Y from 'yjs';
import {
  createChord,
  createSection,
  createSong,
  createTempoEvent,
  recordSectionPractice,
  recordSongPractice,
  updateSection,
  type ChordQuality,
  type NoteName,
  type SectionType,
} from '../../shared/library/index.ts';

type SectionPlan = { name: string; type: SectionType; bars: number; confidence: number; chords: [NoteName, ChordQuality][] };

const AUTUMN_LEAVES: SectionPlan[] = [
  { name: 'Intro', type: 'intro', bars: 4, confidence: 5, chords: [['A', 'min7'], ['D', '7']] },
  { name: 'A section', type: 'verse', bars: 8, confidence: 3, chords: [['C', 'min7'], ['F', '7'], ['Bb', 'maj7'], ['Eb', 'maj7']] },
  { name: 'B section', type: 'chorus', bars: 8, confidence: 2, chords: [['A', 'min7'], ['D', '7'], ['G', 'min']] },
  { name: 'Solo', type: 'solo', bars: 16, confidence: 1, chords: [['G', 'min'], ['C', 'min7']] },
  { name: 'Outro', type: 'outro', bars: 4, confidence: 4, chords: [['G', 'min']] },
];

/**
 * A small library built through the document accessors, as a Yjs update: three songs, one fully
 * mapped (sections, chords, a tempo ramp, practice counters). The screenshots show real content.
 */
export function demoLibraryUpdate(now = Date.now()): { update: Uint8Array; songIds: string[] } {
  const doc = new Y.Doc();
  let clock = now - 30 * 86_400_000;
  const at = () => ({ now: (clock += 60_000) });
  const autumn = createSong(
    doc,
    { title: 'Autumn Leaves', artist: 'Joseph Kosma', bpm: 132, key: 'Gm', timeSignature: '4/4', durationSeconds: 245, tags: ['jazz', 'standard'] },
    at(),
  );
  createTempoEvent(doc, { songId: autumn, bar: 21, bpm: 150, change: 'ramp', rampBeats: 8 }, at());
  for (const plan of AUTUMN_LEAVES) {
    const sectionId = createSection(doc, { songId: autumn, name: plan.name, type: plan.type, bars: plan.bars }, at());
    updateSection(doc, sectionId, { confidence: plan.confidence }, at());
    plan.chords.forEach(([root, quality], index) => {
      createChord(doc, { sectionId, bar: 1 + index * 2, beat: 1, durationBeats: 8, root, quality }, at());
    });
    recordSectionPractice(doc, { sectionId, at: now - 86_400_000 }, at());
  }
  recordSongPractice(doc, { songId: autumn, seconds: 1_500, at: now - 86_400_000 }, at());
  const blackbird = createSong(doc, { title: 'Blackbird', artist: 'The Beatles', bpm: 94, key: 'G', tags: ['acoustic'] }, at());
  createSection(doc, { songId: blackbird, name: 'Verse', type: 'verse', bars: 12 }, at());
  createSection(doc, { songId: blackbird, name: 'Bridge', type: 'bridge', bars: 8 }, at());
  const soWhat = createSong(doc, { title: 'So What', artist: 'Miles Davis', bpm: 136, key: 'Dm', tags: ['jazz'] }, at());
  return { update: Y.encodeStateAsUpdate(doc), songIds: [autumn, blackbird, soWhat] };
}
