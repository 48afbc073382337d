import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLibrary } from '../../lib/library-api.ts';
import { clicksBetween } from '../metronome/clicks-between.ts';
import { chordIndexAt } from '../metronome/chord-at-playhead.ts';
import { positionAt } from '../metronome/position-at.ts';
import { createTimeline } from '../metronome/timeline.ts';
import { createDemoSong } from '../onboarding/demo-song.ts';
import { focusAreas } from './focus-areas.ts';
import { practiceLoop } from './practice-plan.ts';
import { clampTrainerField, describeTrainer, DEFAULT_TRAINER } from './trainer-settings.ts';

function demo() {
  const doc = new Y.Doc();
  createDemoSong(doc);
  const song = readLibrary(doc).songs[0];
  if (song === undefined) throw new Error('no demo song');
  return song;
}

const options = { countInBeats: 4, trainer: null, subdivision: 1, accents: [1, 0.5, 0.7, 0.5] } as const;

describe('focus areas', () => {
  it('PRA1: the three lowest-confidence sections; ties go to the one practised longest ago, then song order', () => {
    const sections = [
      { id: 'a', confidence: 3, lastPracticedAt: 50 },
      { id: 'b', confidence: 1 },
      { id: 'c', confidence: 3, lastPracticedAt: 10 },
      { id: 'd', confidence: 5 },
      { id: 'e', confidence: 3 },
    ];
    expect(focusAreas(sections).map((section) => section.id)).toEqual(['b', 'e', 'c']);
    expect(focusAreas(sections.slice(0, 2)).map((section) => section.id)).toEqual(['b', 'a']);
    expect(focusAreas([])).toEqual([]);
  });

  it('PRA1: on the demo song they are Bridge, Verse and Chorus', () => {
    expect(focusAreas(demo().sections).map((section) => section.name)).toEqual(['Bridge', 'Verse', 'Chorus']);
  });
});

describe('practice loop', () => {
  it('PRA2: loops the chosen sections in song order with a count-in, following the tempo map', () => {
    const song = demo();
    const [, verse, chorus] = song.sections;
    if (verse === undefined || chorus === undefined) throw new Error('demo sections');
    const loop = practiceLoop(song, new Set([chorus.id, verse.id]), options);
    if (loop === null) throw new Error('expected a loop');
    expect(loop.sectionIndices).toEqual([1, 2]);
    const timeline = createTimeline(loop.plan);
    expect(timeline.countIn.beats).toBe(4);
    // Verse at 96 bpm, chorus at 104 (the demo's tempo change at bar 13).
    const clicks = clicksBetween(timeline, 0, 60);
    expect(clicks.slice(0, 4).map((click) => click.kind)).toEqual(['count-in', 'count-in', 'count-in', 'count-in']);
    const firstChorusBeat = clicks.find((click) => click.sectionIndex === 1);
    expect(firstChorusBeat?.bpm).toBe(104);
    expect(clicks.find((click) => click.kind !== 'count-in')?.bpm).toBe(96);
    // The metronome's accents apply: beat 3 medium.
    expect(clicks.filter((click) => click.kind !== 'count-in').slice(0, 4).map((click) => click.gain)).toEqual([1, 0.5, 0.7, 0.5]);
    // It loops: after verse (32 beats) and chorus (32 beats) the verse comes again.
    const passSeconds = (32 * 60) / 96 + (32 * 60) / 104;
    const again = positionAt(timeline, timeline.countIn.seconds + passSeconds + 0.01);
    expect(again).toMatchObject({ phase: 'playing', loopIndex: 1, sectionIndex: 0, bar: 1, beat: 1 });
  });

  it('PRA2: the chord under the playhead comes from the section being played', () => {
    const song = demo();
    const verse = song.sections[1];
    if (verse === undefined) throw new Error('demo sections');
    const loop = practiceLoop(song, new Set([verse.id]), { ...options, countInBeats: 0 });
    if (loop === null) throw new Error('expected a loop');
    const timeline = createTimeline(loop.plan);
    // Bar 8 beat 3 of the verse: Esus4.
    const at = positionAt(timeline, ((7 * 4 + 2) * 60) / 96 + 0.01);
    expect(at).toMatchObject({ bar: 8, beat: 3 });
    const chords = verse.chords.map((chord) => ({ bar: chord.bar, beat: chord.beat, duration: chord.durationBeats }));
    expect(verse.chords[chordIndexAt(chords, 4, at.sectionBeat)]).toMatchObject({ root: 'E', quality: 'sus4' });
  });

  it('PRA3: the trainer scales every pass; nothing chosen plays nothing', () => {
    const song = demo();
    const intro = song.sections[0];
    if (intro === undefined) throw new Error('demo sections');
    const loop = practiceLoop(song, new Set([intro.id]), { ...options, trainer: DEFAULT_TRAINER });
    if (loop === null) throw new Error('expected a loop');
    const timeline = createTimeline(loop.plan);
    const first = clicksBetween(timeline, timeline.countIn.seconds, timeline.countIn.seconds + 1)[0];
    expect(first?.bpm).toBeCloseTo(96 * 0.6);
    expect(practiceLoop(song, new Set(), options)).toBeNull();
    expect(clampTrainerField('everyLoops', 0, 4)).toBe(1);
    expect(clampTrainerField('startPercent', 250.4, 60)).toBe(200);
    expect(clampTrainerField('stepPercent', Number.NaN, 5)).toBe(5);
    expect(describeTrainer(DEFAULT_TRAINER)).toBe('60 % → 100 %, +5 % every 4 loops');
  });
});
