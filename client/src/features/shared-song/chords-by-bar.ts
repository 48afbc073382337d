import type { SharedSong } from '../../../../shared/rest/share-api.ts';

/** The chord symbols of each bar of a shared section, in beat order ("" for a bar without chords). */
export function chordsByBar(section: Pick<SharedSong['sections'][number], 'bars' | 'chords'>): string[] {
  return Array.from({ length: section.bars }, (_, i) =>
    section.chords
      .filter((chord) => chord.bar === i + 1)
      .sort((a, b) => a.beat - b.beat)
      .map((chord) => chord.symbol)
      .join(' '),
  );
}
