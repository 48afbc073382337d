import type { MetronomeSettings } from '../../lib/library-api.ts';

export type BeatUnit = MetronomeSettings['beatUnit'];

/** The note values a beat can be (the document's BEAT_UNITS). */
export const BEAT_UNITS_ALLOWED: readonly BeatUnit[] = [1, 2, 4, 8, 16];
