import { DEFAULT_TIME_SIGNATURE, beatsPerBar, type Chord } from '../../lib/library-api.ts';

/** A 1-based position on a section's grid. */
export type GridPosition = { bar: number; beat: number };

/** The meter a section's grid uses: its own time signature, else the song's (EDIT5). */
export function gridMeter(section: { timeSignature?: string | undefined }, song: { timeSignature?: string | undefined }): {
  timeSignature: string;
  beatsPerBar: number;
} {
  const timeSignature = section.timeSignature ?? song.timeSignature ?? DEFAULT_TIME_SIGNATURE;
  return { timeSignature, beatsPerBar: beatsPerBar(timeSignature) };
}

/** Screen rectangle of one bar's row of beat cells, as measured when a drag starts. */
export type BarRowRect = { top: number; bottom: number; left: number; width: number };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The beat cell a dragged chord lands on (EDIT5): the bar row nearest the pointer vertically, and
 * the beat whose cell contains it horizontally, both clamped to the grid. `rows[i]` is bar i + 1.
 */
export function snapToBeat(point: { x: number; y: number }, rows: readonly BarRowRect[], beats: number): GridPosition | null {
  if (rows.length === 0 || beats < 1) return null;
  let barIndex = 0;
  let nearest = Infinity;
  rows.forEach((row, index) => {
    const distance = point.y < row.top ? row.top - point.y : point.y > row.bottom ? point.y - row.bottom : 0;
    if (distance < nearest) {
      nearest = distance;
      barIndex = index;
    }
  });
  const row = rows[barIndex];
  if (row === undefined || row.width <= 0) return null;
  const beat = Math.floor(((point.x - row.left) / row.width) * beats) + 1;
  return { bar: barIndex + 1, beat: clamp(beat, 1, beats) };
}

/** Arrow keys that move a chord (with Alt): left/right by a beat across bar lines, up/down by a bar. */
export function movedPosition(position: GridPosition, key: string, bars: number, beats: number): GridPosition | null {
  const index = (position.bar - 1) * beats + (position.beat - 1);
  const last = bars * beats - 1;
  let next: number;
  if (key === 'ArrowLeft') next = index - 1;
  else if (key === 'ArrowRight') next = index + 1;
  else if (key === 'ArrowUp') next = index - beats;
  else if (key === 'ArrowDown') next = index + beats;
  else return null;
  next = clamp(next, 0, last);
  if (next === index) return null;
  return { bar: Math.floor(next / beats) + 1, beat: (next % beats) + 1 };
}

export const cellKey = (bar: number, beat: number) => `${bar}:${beat}`;

/** One chord cell: the chords starting on a beat and how many beats they are drawn across. */
export type ChordCell = { bar: number; beat: number; span: number; chords: Chord[] };

/** Lays the chords out on the grid: inside chords by their start cell, the rest (after a meter or length change) apart. */
export function layoutChords(chords: readonly Chord[], bars: number, beats: number): {
  cells: Map<string, ChordCell>;
  /** Beats covered by an earlier chord's duration: no empty cell is drawn there. */
  covered: Set<string>;
  outside: Chord[];
} {
  const cells = new Map<string, ChordCell>();
  const outside: Chord[] = [];
  for (const chord of chords) {
    if (chord.bar > bars || chord.beat > beats) {
      outside.push(chord);
      continue;
    }
    const key = cellKey(chord.bar, chord.beat);
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, { bar: chord.bar, beat: chord.beat, span: 1, chords: [chord] });
    else cell.chords.push(chord);
  }
  const covered = new Set<string>();
  for (const cell of cells.values()) {
    const longest = Math.max(...cell.chords.map((chord) => chord.durationBeats));
    let span = 1;
    // A chord is drawn up to the bar line or the next chord, whichever comes first.
    while (span < longest && cell.beat + span <= beats && !cells.has(cellKey(cell.bar, cell.beat + span))) {
      covered.add(cellKey(cell.bar, cell.beat + span));
      span++;
    }
    cell.span = span;
  }
  return { cells, covered, outside };
}
