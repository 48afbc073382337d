import { describe, expect, it } from 'vitest';
import { clicksBetween } from './clicks-between.ts';
import { ClickScheduler, type ClickSchedulerOptions, type SchedulerSettings, type VisualBeat } from './click-scheduler.ts';
import { FakeAudioContext, FakeInterval } from './fake-audio-context.ts';
import type { LoopPlan } from './loop-plan.ts';
import { CLICK_SECONDS } from './play-click.ts';
import { createTimeline } from './timeline.ts';

const LOOK_AHEAD = 0.1;
const START_DELAY = 0.05;

function setup(settings: Partial<SchedulerSettings> = {}, options: Partial<ClickSchedulerOptions> = {}) {
  const audio = new FakeAudioContext();
  audio.currentTime = 3; // an AudioContext that has been running a while
  const timer = new FakeInterval();
  const beats: { beat: VisualBeat; firedAt: number }[] = [];
  let ended = 0;
  const scheduler = new ClickScheduler(
    {
      clock: audio,
      audio,
      startInterval: timer.start,
      lookAheadSeconds: LOOK_AHEAD,
      startDelaySeconds: START_DELAY,
      onBeat: (beat) => beats.push({ beat, firedAt: audio.currentTime }),
      onEnd: () => (ended += 1),
      ...options,
    },
    settings,
  );
  /** Advances the clock in timer-sized steps (jittered by a seeded sequence), firing the timer each time. */
  const run = (seconds: number, seed = 7) => {
    let state = seed;
    const end = audio.currentTime + seconds;
    while (audio.currentTime < end) {
      state = (state * 48_271) % 2_147_483_647;
      audio.currentTime += 0.005 + (state / 2_147_483_647) * 0.04; // 5–45 ms, like a busy main thread
      timer.fire();
    }
  };
  return { audio, timer, scheduler, beats, run, ended: () => ended };
}

const plan: LoopPlan = {
  sections: [
    { bars: 2, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 132, subdivision: 2 },
    { bars: 1, meter: { beatsPerBar: 7, beatUnit: 8 }, bpm: 200, accents: [1, 0, 0.7, 0.5, 0.7, 0.5, 0.5] },
  ],
  countIn: { bars: 1 },
  loop: true,
};

describe('ClickScheduler with a fake audio clock', () => {
  it('MET10: schedules every audible click exactly once, ahead of time, across window boundaries', () => {
    const { audio, timer, scheduler, run } = setup();
    const timeline = createTimeline(plan);
    scheduler.start(timeline);
    const origin = 3 + START_DELAY;
    expect(timer.intervalMs).toBe(25);
    run(12);
    const heard = clicksBetween(timeline, 0, audio.currentTime - origin).filter((click) => click.gain > 0);
    const started = audio.oscillators.map((oscillator) => oscillator.startedAt ?? Number.NaN);
    expect(heard.length).toBeGreaterThan(40);
    // Every click up to now, once, at origin + its time; at most a look-ahead (plus one timer step) early.
    expect(started.slice(0, heard.length)).toEqual(heard.map((click) => origin + click.time));
    expect(new Set(started).size).toBe(started.length);
    for (const oscillator of audio.oscillators) {
      const lead = (oscillator.startedAt ?? 0) - oscillator.createdAt;
      expect(lead).toBeGreaterThanOrEqual(0);
      expect(lead).toBeLessThanOrEqual(LOOK_AHEAD + 1e-9);
      expect(oscillator.stoppedAt).toBeCloseTo((oscillator.startedAt ?? 0) + CLICK_SECONDS, 12);
    }
  });

  it('MET10 MET14: tones, envelopes and the master volume follow the click and the settings', () => {
    const { audio, scheduler, run } = setup({ volume: 0.6, sounds: { click: 'wood', accent: 'bright' } });
    scheduler.start(createTimeline({ sections: [{ bars: 1, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 120 }], loop: false }));
    run(1.8); // the last click is scheduled, and the run has not ended yet
    const [master, ...envelopes] = audio.gains;
    expect(master?.gain.events[0]).toEqual({ kind: 'set', value: 0.6, time: 3 });
    expect(audio.oscillators.map((oscillator) => [oscillator.type, oscillator.frequency.events[0]?.value])).toEqual([
      ['sawtooth', 2200],
      ['triangle', 1200],
      ['triangle', 1200],
      ['triangle', 1200],
    ]);
    expect(envelopes.map((envelope) => envelope.gain.events.find((event) => event.kind === 'linear')?.value)).toEqual([1, 0.5, 0.7, 0.5]);
    expect(audio.oscillators.every((oscillator) => audio.reachesDestination(oscillator))).toBe(true);
  });

  it('MET10: stop cuts off clicks already scheduled and nothing more is scheduled or announced', () => {
    const { audio, timer, scheduler, beats, run } = setup();
    scheduler.start(createTimeline(plan));
    run(2);
    const scheduledBefore = audio.oscillators.length;
    const pending = audio.oscillators.filter((oscillator) => (oscillator.startedAt ?? 0) > audio.currentTime);
    expect(pending.length).toBeGreaterThan(0);
    scheduler.stop();
    expect(scheduler.running).toBe(false);
    expect(timer.callback).toBeNull();
    expect(pending.every((oscillator) => !audio.reachesDestination(oscillator))).toBe(true);
    const beatsBefore = beats.length;
    scheduler.flushBeats();
    run(2);
    expect(audio.oscillators).toHaveLength(scheduledBefore);
    expect(beats).toHaveLength(beatsBefore);
    expect(scheduler.playheadTime()).toBeNull();
  });

  it('MET10: restarting replaces the run: one timer, a fresh master, the old one silenced', () => {
    const { audio, timer, scheduler, run } = setup();
    scheduler.start(createTimeline(plan));
    run(1);
    const firstMaster = audio.gains[0];
    scheduler.start(createTimeline(plan));
    expect(timer.starts).toBe(2);
    expect(firstMaster?.disconnected).toBe(true);
    run(1);
    expect(audio.oscillators.filter((oscillator) => audio.reachesDestination(oscillator)).length).toBeGreaterThan(0);
  });

  it.each([
    ['muted', { muted: true }],
    ['visual-only', { visualOnly: true }],
    ['at volume 0', { volume: 0 }],
  ] as const)('MET10: %s creates no audio nodes but beat events still fire on time', (_name, settings) => {
    const { audio, scheduler, beats, run } = setup(settings);
    const timeline = createTimeline(plan);
    scheduler.start(timeline);
    run(4);
    expect(audio.oscillators).toHaveLength(0);
    const expected = clicksBetween(timeline, 0, audio.currentTime - 3 - START_DELAY - 0.05);
    expect(beats.slice(0, expected.length).map(({ beat }) => beat.click)).toEqual(expected);
    for (const { beat, firedAt } of beats) {
      expect(firedAt).toBeGreaterThanOrEqual(beat.visualTime);
      expect(firedAt - beat.visualTime).toBeLessThan(0.05);
    }
  });

  it('MET10: muting while playing silences the master at once; unmuting restores the volume', () => {
    const { audio, scheduler, run } = setup({ volume: 0.5 });
    scheduler.start(createTimeline(plan));
    run(1);
    const master = audio.gains[0];
    const count = audio.oscillators.length;
    scheduler.update({ muted: true });
    expect(master?.gain.events.at(-1)).toEqual({ kind: 'set', value: 0, time: audio.currentTime });
    run(1);
    expect(audio.oscillators).toHaveLength(count);
    scheduler.update({ muted: false });
    expect(master?.gain.events.at(-1)?.value).toBe(0.5);
    run(1);
    expect(audio.oscillators.length).toBeGreaterThan(count);
  });

  it.each([120, -150])('MET10 MET12: beat events fire at sound time %i ms offset, and the playhead shifts with them', (offsetMs) => {
    const { audio, scheduler, beats, run } = setup({ latencyOffsetMs: offsetMs });
    scheduler.start(createTimeline(plan));
    run(5);
    expect(beats.length).toBeGreaterThan(15);
    for (const { beat, firedAt } of beats) {
      expect(beat.visualTime - beat.audioTime).toBeCloseTo(offsetMs / 1000, 12);
      expect(firedAt).toBeGreaterThanOrEqual(beat.visualTime);
      expect(firedAt - beat.visualTime).toBeLessThan(0.05);
    }
    const origin = 3 + START_DELAY + Math.max(0, -offsetMs / 1000); // a negative offset needs a longer lead
    expect(beats[0]?.beat.audioTime).toBeCloseTo(origin, 12);
    expect(scheduler.playheadTime()).toBeCloseTo(audio.currentTime - origin - offsetMs / 1000, 12);
  });

  it('MET10: after a stalled timer the missed clicks are skipped, not played late, and scheduling resumes', () => {
    const { audio, timer, scheduler, run } = setup();
    const timeline = createTimeline(plan);
    scheduler.start(timeline);
    run(1);
    const before = audio.oscillators.length;
    audio.currentTime += 1.5; // a throttled tab: no timer for 1.5 s
    timer.fire();
    const late = audio.oscillators.slice(before).filter((oscillator) => (oscillator.startedAt ?? 0) < audio.currentTime);
    expect(late).toHaveLength(0);
    expect(scheduler.skippedClicks).toBeGreaterThan(3);
    run(1);
    expect(audio.oscillators.length).toBeGreaterThan(before + 3);
  });

  it('MET10 MET5: a plan without loop ends by itself once its last beat has been shown', () => {
    const { scheduler, timer, beats, run, ended } = setup();
    scheduler.start(createTimeline({ sections: [{ bars: 1, meter: { beatsPerBar: 3, beatUnit: 4 }, bpm: 180 }], loop: false }));
    run(0.9);
    expect(ended()).toBe(0);
    run(0.5);
    expect(ended()).toBe(1);
    expect(beats).toHaveLength(3);
    expect(scheduler.running).toBe(false);
    expect(timer.callback).toBeNull();
  });

  it('MET10: without Web Audio (audio null) the scheduler runs visual-only on any clock', () => {
    const clock = { currentTime: 10 };
    const timer = new FakeInterval();
    const fired: VisualBeat[] = [];
    const scheduler = new ClickScheduler({ clock, audio: null, startInterval: timer.start, onBeat: (beat) => fired.push(beat) });
    scheduler.start(createTimeline({ sections: [{ bars: 1, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 240 }], loop: true }));
    for (let step = 0; step < 80; step += 1) {
      clock.currentTime += 0.025;
      timer.fire();
    }
    expect(fired.map((beat) => beat.click.beat).slice(0, 8)).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
  });
});
