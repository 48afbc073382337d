import { useMemo } from 'react';
import type { MetronomeSettings } from '../../lib/library-api.ts';
import type { SchedulerSettings } from '../metronome/click-scheduler.ts';

/**
 * The document's metronome settings as the click scheduler takes them, as the same object while
 * they stay equal: the library is re-read on every document update, and useMetronome pushes every
 * new object to the scheduler.
 */
export function useSchedulerSettings(settings: MetronomeSettings): SchedulerSettings {
  const { volume, muted, visualOnly, latencyOffsetMs, clickSound, accentSound } = settings;
  return useMemo(
    () => ({ volume, muted, visualOnly, latencyOffsetMs, sounds: { click: clickSound, accent: accentSound } }),
    [volume, muted, visualOnly, latencyOffsetMs, clickSound, accentSound],
  );
}
