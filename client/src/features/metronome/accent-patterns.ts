import { ACCENT_LEVELS } from './accent-levels.ts';
import type { Meter } from './loop-plan.ts';

/** A named accent pattern for one meter (MET13). */
export interface AccentPattern {
  readonly id: string;
  readonly name: string;
  readonly meter: Meter;
  readonly accents: readonly number[];
}

const { accent: A, medium: M, normal: N, ghost: G, silent: S } = ACCENT_LEVELS;

/** Accent on the first beat, medium on the first beat of every later group, normal elsewhere. */
export function groupedAccents(groups: readonly number[]): number[] {
  return groups.flatMap((size, groupIndex) =>
    Array.from({ length: size }, (_, beat) => (beat > 0 ? N : groupIndex === 0 ? A : M)),
  );
}

function pattern(beatsPerBar: number, beatUnit: number, id: string, name: string, accents: readonly number[]): AccentPattern {
  return { id: `${beatsPerBar}/${beatUnit}:${id}`, name, meter: { beatsPerBar, beatUnit }, accents };
}

function additive(beatsPerBar: number, beatUnit: number, groups: readonly number[]): AccentPattern {
  const name = groups.join('+');
  return pattern(beatsPerBar, beatUnit, name, name, groupedAccents(groups));
}

/** The built-in patterns; the first one listed for a meter is its default. */
export const ACCENT_PATTERNS: readonly AccentPattern[] = [
  pattern(2, 4, 'march', 'March', [A, N]),
  pattern(3, 4, 'waltz', 'Waltz', [A, N, N]),
  pattern(3, 4, 'mazurka', 'Mazurka', [M, A, N]),
  pattern(4, 4, 'standard', 'Standard', [A, N, M, N]),
  pattern(4, 4, 'backbeat', 'Backbeat', [N, A, N, A]),
  pattern(4, 4, 'four-on-the-floor', 'Four on the floor', [A, A, A, A]),
  pattern(4, 4, 'downbeat', 'Downbeat only', [A, N, N, N]),
  additive(5, 4, [3, 2]),
  additive(5, 4, [2, 3]),
  pattern(6, 8, 'compound', 'Compound (3+3)', groupedAccents([3, 3])),
  pattern(6, 8, 'jig', 'Jig', [A, G, N, M, G, N]),
  pattern(6, 8, 'shuffle', 'Shuffle', [A, S, N, M, S, N]),
  additive(7, 8, [2, 2, 3]),
  additive(7, 8, [3, 2, 2]),
  additive(7, 8, [2, 3, 2]),
  additive(9, 8, [3, 3, 3]),
  additive(9, 8, [2, 2, 2, 3]),
  additive(11, 8, [2, 2, 3, 2, 2]),
  additive(11, 8, [3, 3, 3, 2]),
  additive(12, 8, [3, 3, 3, 3]),
];

/** Patterns for `meter`; a meter without named ones gets a generic "downbeat only". */
export function accentPatternsFor(meter: Meter): AccentPattern[] {
  const named = ACCENT_PATTERNS.filter(
    (candidate) => candidate.meter.beatsPerBar === meter.beatsPerBar && candidate.meter.beatUnit === meter.beatUnit,
  );
  if (named.length > 0) return named;
  const downbeat = Array.from({ length: meter.beatsPerBar }, (_, beat) => (beat === 0 ? A : N));
  return [pattern(meter.beatsPerBar, meter.beatUnit, 'downbeat', 'Downbeat only', downbeat)];
}

/** The meter's default accents (its first pattern). */
export function defaultAccents(meter: Meter): readonly number[] {
  return accentPatternsFor(meter)[0]?.accents ?? [];
}

/** The named pattern these accents match, to label an edited pattern; undefined when custom. */
export function findAccentPattern(meter: Meter, accents: readonly number[]): AccentPattern | undefined {
  return accentPatternsFor(meter).find(
    (candidate) =>
      candidate.accents.length === accents.length && candidate.accents.every((level, index) => level === accents[index]),
  );
}
