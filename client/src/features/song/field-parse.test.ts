import { describe, expect, it } from 'vitest';
import { formatDuration, formatTags, parseDecimal, parseDuration, parseTags, parseWhole } from './field-parse.ts';

describe('song field text', () => {
  it('EDIT2: durations read as m:ss, h:mm:ss or seconds and print back the same', () => {
    expect(parseDuration('3:25')).toBe(205);
    expect(parseDuration(' 1:02:03 ')).toBe(3723);
    expect(parseDuration('205')).toBe(205);
    expect(parseDuration('75:00')).toBe(4500);
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('3:7')).toBeNaN();
    expect(parseDuration('1:75:00')).toBeNaN();
    expect(parseDuration('three minutes')).toBeNaN();
    for (const seconds of [0, 5, 59, 60, 205, 3599, 3600, 3723, 86_400]) expect(parseDuration(formatDuration(seconds))).toBe(seconds);
    expect(formatDuration(205)).toBe('3:25');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(undefined)).toBe('');
  });

  it('EDIT2: tags are trimmed, blank ones dropped and repeats kept once whatever their case', () => {
    expect(parseTags(' jazz, Ballad ,, jazz ,JAZZ,  slow   burn ')).toEqual(['jazz', 'Ballad', 'slow burn']);
    expect(parseTags('')).toEqual([]);
    expect(formatTags(['jazz', 'ballad'])).toBe('jazz, ballad');
    expect(parseTags(formatTags(['a b', 'c']))).toEqual(['a b', 'c']);
  });

  it('EDIT1: numbers must be plain numbers, not whatever Number() accepts', () => {
    expect(parseDecimal('96')).toBe(96);
    expect(parseDecimal('96,5')).toBe(96.5);
    expect(parseDecimal('1e3')).toBeNaN();
    expect(parseDecimal('0x10')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
    expect(parseWhole('12')).toBe(12);
    expect(parseWhole('12.5')).toBeNaN();
    expect(parseWhole('-1')).toBeNaN();
  });
});
