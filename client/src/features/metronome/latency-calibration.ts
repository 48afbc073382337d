/** MET12: latency calibration, pure: tap along with clicks at 80 bpm; visuals shift by the result. */

export const CALIBRATION_BPM = 80;
export const CALIBRATION_TAPS = 8;
export const LATENCY_LIMIT_MS = 200;
/** How many of the lowest and of the highest offsets the trimmed mean drops. */
const TRIM_EACH_SIDE = 2;

export function clampLatencyOffset(offsetMs: number): number {
  if (!Number.isFinite(offsetMs)) return 0;
  return Math.min(LATENCY_LIMIT_MS, Math.max(-LATENCY_LIMIT_MS, offsetMs));
}

/** Offset of one tap to the nearest click (clicks at firstClickMs + k·period, k ≥ 0); positive = late. */
export function tapOffsetMs(tapMs: number, firstClickMs: number, bpm: number = CALIBRATION_BPM): number {
  const periodMs = 60_000 / bpm;
  const nearest = Math.max(0, Math.round((tapMs - firstClickMs) / periodMs));
  return tapMs - (firstClickMs + nearest * periodMs);
}

/** Mean after dropping `trim` values from each end of the sorted list. */
export function trimmedMean(values: readonly number[], trim: number): number {
  const kept = [...values].sort((a, b) => a - b).slice(trim, values.length - trim);
  if (kept.length === 0) throw new RangeError(`cannot trim ${trim} from each side of ${values.length} values`);
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}

/** The calibrated offset in whole ms from the last 8 taps, or null while fewer than 8 were made. */
export function latencyFromTaps(
  tapTimesMs: readonly number[],
  firstClickMs: number,
  bpm: number = CALIBRATION_BPM,
): number | null {
  if (tapTimesMs.length < CALIBRATION_TAPS) return null;
  const offsets = tapTimesMs.slice(-CALIBRATION_TAPS).map((tap) => tapOffsetMs(tap, firstClickMs, bpm));
  return Math.round(clampLatencyOffset(trimmedMean(offsets, TRIM_EACH_SIDE)));
}
