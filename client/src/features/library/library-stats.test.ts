import { describe, expect, it } from 'vitest';
import { averageConfidence, daysBetween, formatConfidence, formatDuration, relativeTime, songDurationSeconds, tagCounts } from './library-stats.ts';

const at = (day: number, hour = 12) => new Date(2026, 2, day, hour).getTime();

describe('library statistics', () => {
  it('LIB1: average confidence is the mean of the sections, null without sections', () => {
    expect(averageConfidence([{ confidence: 2 }, { confidence: 5 }, { confidence: 4 }])).toBeCloseTo(11 / 3);
    expect(averageConfidence([])).toBeNull();
    expect(formatConfidence(11 / 3)).toBe('3.7');
    expect(formatConfidence(4)).toBe('4');
    expect(formatConfidence(null)).toBe('–');
  });

  it('LIB2: relative time counts calendar days in local time', () => {
    const now = at(20, 9);
    expect(relativeTime(undefined, now)).toBe('never');
    expect(relativeTime(at(20, 0), now)).toBe('today');
    expect(relativeTime(at(20, 23), now)).toBe('today');
    expect(relativeTime(at(19, 23), now)).toBe('yesterday');
    expect(relativeTime(at(17, 8), now)).toBe('3d ago');
    expect(relativeTime(at(7), now)).toBe('13d ago');
    expect(relativeTime(at(6), now)).toBe('2w ago');
    expect(relativeTime(new Date(2025, 11, 1).getTime(), now)).toBe('3mo ago');
    expect(relativeTime(new Date(2024, 1, 1).getTime(), now)).toBe('2y ago');
    expect(daysBetween(at(21), now)).toBe(-1);
    expect(relativeTime(at(21), now)).toBe('today');
  });

  it('LIB3: duration is the song field, else the sections at the song tempo', () => {
    const base = { bpm: 120, timeSignature: '4/4', tempoMap: [] };
    expect(songDurationSeconds({ ...base, durationSeconds: 200, sections: [] })).toBe(200);
    expect(songDurationSeconds({ ...base, sections: [] })).toBeNull();
    // 8 + 4 bars of 4/4 at 120 bpm = 48 beats = 24 s; a section at its own 60 bpm: 4 bars = 16 s.
    const sections = [{ bars: 8 }, { bars: 4 }, { bars: 4, bpm: 60 }];
    expect(songDurationSeconds({ ...base, sections })).toBe(40);
    expect(formatDuration(40)).toBe('0:40');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(null)).toBe('–');
  });

  it('LIB4: the tag list counts each song once per tag and sorts alphabetically', () => {
    const songs = [{ tags: ['jazz', 'Gig'] }, { tags: ['jazz', 'jazz'] }, { tags: ['ballad'] }, { tags: [] }];
    expect(tagCounts(songs)).toEqual([
      { tag: 'ballad', count: 1 },
      { tag: 'Gig', count: 1 },
      { tag: 'jazz', count: 2 },
    ]);
  });
});
