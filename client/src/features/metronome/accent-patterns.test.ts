import { describe, expect, it } from 'vitest';
import { ACCENT_LEVELS, cycleAccentAt, nextAccentLevel } from './accent-levels.ts';
import { ACCENT_PATTERNS, accentPatternsFor, defaultAccents, findAccentPattern, groupedAccents } from './accent-patterns.ts';

const names = (beatsPerBar: number, beatUnit: number) => accentPatternsFor({ beatsPerBar, beatUnit }).map((pattern) => pattern.name);

describe('accents', () => {
  it('MET13: the five levels are 1, 0.7, 0.5, 0.3 and 0', () => {
    expect(Object.values(ACCENT_LEVELS)).toEqual([1, 0.7, 0.5, 0.3, 0]);
  });

  it('MET13: tapping moves a beat one level up and wraps from accent to silent', () => {
    const seen = [0.5];
    for (let tap = 0; tap < 5; tap += 1) seen.push(nextAccentLevel(seen.at(-1) ?? 0));
    expect(seen).toEqual([0.5, 0.7, 1, 0, 0.3, 0.5]);
    expect(nextAccentLevel(0.62)).toBe(1); // snaps to medium first
  });

  it('MET13: cycling one beat leaves the others and the input untouched', () => {
    const pattern = [1, 0.5, 0.7, 0.5];
    expect(cycleAccentAt(pattern, 1)).toEqual([1, 0.7, 0.7, 0.5]);
    expect(pattern).toEqual([1, 0.5, 0.7, 0.5]);
    expect(() => cycleAccentAt(pattern, 4)).toThrow(RangeError);
  });

  it('MET13: named patterns exist for the common meters', () => {
    expect(names(4, 4)).toEqual(['Standard', 'Backbeat', 'Four on the floor', 'Downbeat only']);
    expect(names(3, 4)).toEqual(['Waltz', 'Mazurka']);
    expect(names(6, 8)).toEqual(['Compound (3+3)', 'Jig', 'Shuffle']);
    expect(names(5, 4)).toEqual(['3+2', '2+3']);
    expect(names(7, 8)).toEqual(['2+2+3', '3+2+2', '2+3+2']);
    expect(names(11, 8)).toEqual(['2+2+3+2+2', '3+3+3+2']);
  });

  it('MET13: every pattern has one level per beat, each a known level', () => {
    const levels: number[] = Object.values(ACCENT_LEVELS);
    for (const pattern of ACCENT_PATTERNS) {
      expect(pattern.accents, pattern.id).toHaveLength(pattern.meter.beatsPerBar);
      expect(pattern.accents.every((level) => levels.includes(level)), pattern.id).toBe(true);
      expect(pattern.accents[0], pattern.id).toBeGreaterThan(0);
    }
    expect(new Set(ACCENT_PATTERNS.map((pattern) => pattern.id)).size).toBe(ACCENT_PATTERNS.length);
  });

  it('MET13: additive groups accent the first beat and mark each later group', () => {
    expect(groupedAccents([2, 2, 3])).toEqual([1, 0.5, 0.7, 0.5, 0.7, 0.5, 0.5]);
    expect(groupedAccents([3, 2])).toEqual([1, 0.5, 0.5, 0.7, 0.5]);
  });

  it('MET13: an unnamed meter gets "downbeat only"; a pattern is found back by its levels', () => {
    expect(defaultAccents({ beatsPerBar: 13, beatUnit: 16 })).toEqual([1, ...Array<number>(12).fill(0.5)]);
    expect(findAccentPattern({ beatsPerBar: 4, beatUnit: 4 }, [0.5, 1, 0.5, 1])?.name).toBe('Backbeat');
    expect(findAccentPattern({ beatsPerBar: 4, beatUnit: 4 }, [0.5, 1, 0.5, 0.7])).toBeUndefined();
  });
});
