import type { MetronomeSettings } from '../../lib/library-api.ts';
import type { Subdivision } from '../metronome/loop-plan.ts';
import { SUBDIVISION_BY_NAME } from '../metronome/plan-builders.ts';

/** "eighth" → 2 clicks per beat. */
export function subdivisionOf(settings: Pick<MetronomeSettings, 'subdivision'>): Subdivision {
  return SUBDIVISION_BY_NAME[settings.subdivision];
}
