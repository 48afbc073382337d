/** The metronome's tempo range in the UI (the document allows 20–400). */
export const METRONOME_BPM_MIN = 20;
export const METRONOME_BPM_MAX = 300;

/** A tempo rounded to a whole bpm and clamped to the metronome's range. */
export function clampMetronomeBpm(bpm: number): number {
  if (!Number.isFinite(bpm)) return METRONOME_BPM_MIN;
  return Math.min(METRONOME_BPM_MAX, Math.max(METRONOME_BPM_MIN, Math.round(bpm)));
}

export interface TempoPreset {
  readonly name: string;
  readonly bpm: number;
}

/** Classical tempo markings at a typical value inside each range. */
export const TEMPO_PRESETS: readonly TempoPreset[] = [
  { name: 'Largo', bpm: 50 },
  { name: 'Adagio', bpm: 70 },
  { name: 'Andante', bpm: 90 },
  { name: 'Moderato', bpm: 110 },
  { name: 'Allegro', bpm: 130 },
  { name: 'Vivace', bpm: 160 },
  { name: 'Presto', bpm: 180 },
];
