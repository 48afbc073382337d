/** MET13: the five accent levels, as gain multipliers. */
export const ACCENT_LEVELS = {
  accent: 1,
  medium: 0.7,
  normal: 0.5,
  ghost: 0.3,
  silent: 0,
} as const;

/** Tap order: each tap raises a beat one level, and an accented beat wraps round to silent. */
const TAP_CYCLE: readonly number[] = [
  ACCENT_LEVELS.silent,
  ACCENT_LEVELS.ghost,
  ACCENT_LEVELS.normal,
  ACCENT_LEVELS.medium,
  ACCENT_LEVELS.accent,
];

/** The level after `level` in the tap cycle; an off-level value first snaps to the nearest level. */
export function nextAccentLevel(level: number): number {
  let nearest = 0;
  TAP_CYCLE.forEach((candidate, index) => {
    if (Math.abs(candidate - level) < Math.abs((TAP_CYCLE[nearest] ?? 0) - level)) nearest = index;
  });
  return TAP_CYCLE[(nearest + 1) % TAP_CYCLE.length] ?? ACCENT_LEVELS.normal;
}

/** A copy of `accents` with beat `beatIndex` (0-based) moved to its next level. */
export function cycleAccentAt(accents: readonly number[], beatIndex: number): number[] {
  if (!Number.isInteger(beatIndex) || beatIndex < 0 || beatIndex >= accents.length) {
    throw new RangeError(`beat index ${beatIndex} is outside a ${accents.length}-beat pattern`);
  }
  return accents.map((level, index) => (index === beatIndex ? nextAccentLevel(level) : level));
}
