/** A chord's place in its section: 1-based bar and beat, length in beats (the document's chord fields). */
export interface PlacedChord {
  readonly bar: number;
  readonly beat: number;
  readonly duration: number;
}

/**
 * Index of the chord sounding at `sectionBeat` (0-based beats from the section start, as positionAt
 * reports), or −1. When chords overlap, the one that started last wins.
 */
export function chordIndexAt(chords: readonly PlacedChord[], beatsPerBar: number, sectionBeat: number): number {
  let found = -1;
  let foundStart = -Infinity;
  chords.forEach((chord, index) => {
    const start = (chord.bar - 1) * beatsPerBar + (chord.beat - 1);
    if (start <= sectionBeat && sectionBeat < start + chord.duration && start >= foundStart) {
      found = index;
      foundStart = start;
    }
  });
  return found;
}
