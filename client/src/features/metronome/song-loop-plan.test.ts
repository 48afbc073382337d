import { describe, expect, it } from 'vitest';
import { TempoEventSchema } from '../../../../shared/library/schema-tempo.ts';
import { sectionTimings } from '../../../../shared/library/tempo-timeline.ts';
import { clicksBetween } from './clicks-between.ts';
import { songLoopPlan, parseMeter, type SongSectionTiming, type SongTempoEvent, type SongTiming } from './song-loop-plan.ts';
import { createTimeline } from './timeline.ts';

const ids = { songId: '00000000-0000-4000-8000-000000000001' };
let counter = 0;
/** The document's own tempo events, so the cross-check below runs the document's timing code. */
const docEvents = (events: readonly SongTempoEvent[]) =>
  events.map((event) => TempoEventSchema.parse({ ...event, ...ids, id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}` }));

const passSeconds = (song: SongTiming, sections: readonly SongSectionTiming[], chosen: readonly number[]) =>
  createTimeline(songLoopPlan(song, sections, chosen, { loop: false })).passSeconds;

describe('songLoopPlan', () => {
  it('MET16: reads meters like "7/8" and falls back to 4/4', () => {
    expect(parseMeter('7/8')).toEqual({ beatsPerBar: 7, beatUnit: 8 });
    expect(parseMeter('x')).toEqual({ beatsPerBar: 4, beatUnit: 4 });
  });

  it('MET16: a section inherits the song tempo, its own bpm, and the meter from the song or itself', () => {
    const song: SongTiming = { bpm: 100, timeSignature: '4/4', tempoMap: [] };
    const sections = [{ bars: 2 }, { bars: 1, bpm: 150, timeSignature: '7/8' }];
    const plan = songLoopPlan(song, sections, [1, 0], { loop: true, subdivision: 2, countIn: { bars: 1 } });
    expect(plan.sections.map((section) => [section.bpm, section.meter.beatsPerBar, section.subdivision])).toEqual([
      [150, 7, 2],
      [100, 4, 2],
    ]);
    expect(plan.sections[0]?.accents).toEqual([1, 0.5, 0.7, 0.5, 0.7, 0.5, 0.5]);
    expect(plan).toMatchObject({ loop: true, countIn: { bars: 1 } });
    expect(() => songLoopPlan(song, sections, [2], { loop: false })).toThrow(RangeError);
  });

  it('MET16: a ramp that crosses a section boundary continues where it left off', () => {
    const song: SongTiming = { bpm: 80, timeSignature: '4/4', tempoMap: [{ bar: 2, beat: 1, bpm: 160, change: 'ramp', rampBeats: 16 }] };
    const sections = [{ bars: 3 }, { bars: 4 }];
    const second = songLoopPlan(song, sections, [1], { loop: false });
    expect(second.sections[0]).toMatchObject({ bpm: 120, tempoChanges: [{ bar: 1, beat: 1, bpm: 160, change: 'ramp', curve: 'linear', overBeats: 8 }] });
    const clicks = clicksBetween(createTimeline(second), 0, 100);
    expect(clicks.slice(0, 9).map((click) => click.bpm)).toEqual([120, 125, 130, 135, 140, 145, 150, 155, 160]);
    expect(clicks.at(-1)?.bpm).toBe(160);
  });

  it('MET16: the whole song’s pass equals the sum of its sections played one by one', () => {
    const song: SongTiming = {
      bpm: 96,
      timeSignature: '4/4',
      tempoMap: [
        { bar: 3, beat: 3, bpm: 132, change: 'ramp', rampBeats: 10 },
        { bar: 5, beat: 1, bpm: 90, timeSignature: '6/8', change: 'step', rampBeats: 9 },
      ],
    };
    const sections = [{ bars: 4 }, { bars: 3 }, { bars: 2, timeSignature: '3/4' }, { bars: 2, bpm: 70 }];
    const whole = passSeconds(song, sections, [0, 1, 2, 3]);
    const parts = [0, 1, 2, 3].map((index) => passSeconds(song, sections, [index]));
    expect(whole).toBeCloseTo(parts.reduce((sum, part) => sum + part, 0), 9);
  });

  it('MET16: section lengths agree with the document’s projected seconds (random songs, seeded)', () => {
    const seed = 2024;
    let state = seed;
    const random = () => {
      state = (state * 16_807) % 2_147_483_647;
      return state / 2_147_483_647;
    };
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let round = 0; round < 40; round += 1) {
      const sections: SongSectionTiming[] = Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
        bars: 1 + Math.floor(random() * 8),
        ...(random() < 0.2 ? { bpm: 40 + Math.floor(random() * 200) } : {}),
        ...(random() < 0.2 ? { timeSignature: pick(['3/4', '5/4', '7/8']) } : {}),
      }));
      const totalBars = sections.reduce((sum, section) => sum + section.bars, 0);
      const events: SongTempoEvent[] = Array.from({ length: Math.floor(random() * 4) }, () => {
        const change = pick(['instant', 'ramp', 'step'] as const);
        return {
          bar: 1 + Math.floor(random() * totalBars),
          beat: 1 + Math.floor(random() * 3),
          bpm: 40 + Math.floor(random() * 200),
          change,
          ...(change === 'instant' ? {} : { rampBeats: 1 + Math.floor(random() * 20) }),
        };
      });
      const song = { bpm: 60 + Math.floor(random() * 100), timeSignature: pick(['4/4', '3/4', '6/8']), tempoMap: events };
      const timings = sectionTimings({ ...song, tempoMap: docEvents(events) }, sections);
      sections.forEach((_, index) => {
        const expected = (timings[index]?.endSeconds ?? 0) - (timings[index]?.startSeconds ?? 0);
        expect(Math.abs(passSeconds(song, sections, [index]) - expected), `seed ${seed} round ${round} section ${index}`).toBeLessThan(0.0011);
      });
    }
  });
});
