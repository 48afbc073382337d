/** MET11: tap tempo as a pure state machine; timestamps (ms) are passed in. */

export const TAP_TEMPO_WINDOW = 8;
export const TAP_TEMPO_RESET_MS = 2000;

export interface TapTempoState {
  /** Timestamps of the current series, oldest first, at most TAP_TEMPO_WINDOW. */
  readonly taps: readonly number[];
}

export const EMPTY_TAP_TEMPO: TapTempoState = { taps: [] };

/** Adds a tap; a gap over 2 s (or a clock that went backwards) starts a new series. */
export function recordTap(state: TapTempoState, atMs: number): TapTempoState {
  const last = state.taps.at(-1);
  if (last === undefined || atMs - last > TAP_TEMPO_RESET_MS || atMs <= last) return { taps: [atMs] };
  return { taps: [...state.taps, atMs].slice(-TAP_TEMPO_WINDOW) };
}

/** Tempo from the series (mean interval of its taps), or null before the second tap. */
export function tapTempoBpm(state: TapTempoState): number | null {
  const first = state.taps[0];
  const last = state.taps.at(-1);
  if (first === undefined || last === undefined || state.taps.length < 2) return null;
  return (60_000 * (state.taps.length - 1)) / (last - first);
}
