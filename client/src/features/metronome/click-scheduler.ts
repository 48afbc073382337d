import type { AudioClock, AudioContextLike, GainLike } from './audio-context-like.ts';
import { clicksBetween, type Click } from './clicks-between.ts';
import { DEFAULT_SOUNDS, toneFor, type SoundChoice } from './click-sounds.ts';
import { startBrowserInterval, type StartInterval } from './interval-timer.ts';
import { clampLatencyOffset } from './latency-calibration.ts';
import { playClick } from './play-click.ts';
import type { Timeline } from './timeline.ts';

/** A click for the lights: when it sounds and when to show it (sound time + latency offset). */
export interface VisualBeat {
  readonly click: Click;
  readonly audioTime: number;
  readonly visualTime: number;
}

export interface SchedulerSettings {
  /** Master volume 0–1. */
  readonly volume: number;
  readonly muted: boolean;
  /** No sound at all; beat events and the playhead still run. */
  readonly visualOnly: boolean;
  /** MET12 calibration, −200…200 ms; positive delays the visuals. */
  readonly latencyOffsetMs: number;
  readonly sounds: SoundChoice;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  volume: 0.8,
  muted: false,
  visualOnly: false,
  latencyOffsetMs: 0,
  sounds: DEFAULT_SOUNDS,
};

export interface ClickSchedulerOptions {
  /** The clock clicks are scheduled on; normally the AudioContext itself. */
  readonly clock: AudioClock;
  /** Where clicks sound; null for visual-only use without Web Audio. */
  readonly audio: AudioContextLike | null;
  readonly startInterval?: StartInterval;
  readonly intervalMs?: number;
  readonly lookAheadSeconds?: number;
  /** Lead before time 0, so the first click is not already late when it is scheduled. */
  readonly startDelaySeconds?: number;
  readonly onBeat?: (beat: VisualBeat) => void;
  /** A plan without loop has played to its end (the scheduler has stopped itself). */
  readonly onEnd?: () => void;
}

/** MET10: look-ahead scheduling of a timeline's clicks on the audio clock. */
export class ClickScheduler {
  readonly #options: ClickSchedulerOptions;
  #settings: SchedulerSettings;
  #timeline: Timeline | null = null;
  /** Audio-clock time of the timeline's time 0. */
  #origin = 0;
  /** Timeline time up to which clicks have been handed out (exclusive). */
  #scheduledUntil = 0;
  #pendingBeats: VisualBeat[] = [];
  #cancelTimer: (() => void) | null = null;
  #master: GainLike | null = null;
  #skipped = 0;

  constructor(options: ClickSchedulerOptions, settings: Partial<SchedulerSettings> = {}) {
    this.#options = options;
    this.#settings = { ...DEFAULT_SCHEDULER_SETTINGS, ...settings };
  }

  get running(): boolean {
    return this.#timeline !== null;
  }

  get settings(): SchedulerSettings {
    return this.#settings;
  }

  /** Clicks dropped because their time had passed when the timer woke (a throttled tab). */
  get skippedClicks(): number {
    return this.#skipped;
  }

  /** Timeline seconds the listener perceives now (latency applied), for positionAt; null when stopped. */
  playheadTime(): number | null {
    if (this.#timeline === null) return null;
    return this.#options.clock.currentTime - this.#origin - this.#offsetSeconds();
  }

  /** Plays `timeline` from its time 0, replacing whatever was playing. */
  start(timeline: Timeline): void {
    this.stop();
    const { audio, clock } = this.#options;
    this.#timeline = timeline;
    // Visuals ahead of the sound (negative offset) need the extra lead too, or the first beats show late.
    this.#origin = clock.currentTime + (this.#options.startDelaySeconds ?? 0.05) + Math.max(0, -this.#offsetSeconds());
    this.#scheduledUntil = 0;
    this.#skipped = 0;
    if (audio !== null) {
      this.#master = audio.createGain();
      this.#master.gain.setValueAtTime(this.#masterGain(), clock.currentTime);
      this.#master.connect(audio.destination);
    }
    const startInterval = this.#options.startInterval ?? startBrowserInterval;
    this.#cancelTimer = startInterval(() => this.#tick(), this.#options.intervalMs ?? 25);
    this.#tick();
  }

  /** Stops at once: clicks already handed to the audio clock are cut off, no more beat events fire. */
  stop(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = null;
    this.#master?.disconnect();
    this.#master = null;
    this.#timeline = null;
    this.#pendingBeats = [];
  }

  update(settings: Partial<SchedulerSettings>): void {
    this.#settings = { ...this.#settings, ...settings };
    this.#master?.gain.setValueAtTime(this.#masterGain(), this.#options.clock.currentTime);
  }

  /** Fires the beat events that are due; the timer calls it, and a UI may call it every animation frame. */
  flushBeats(): void {
    const now = this.#options.clock.currentTime;
    while (this.#pendingBeats.length > 0 && (this.#pendingBeats[0]?.visualTime ?? Infinity) <= now) {
      const beat = this.#pendingBeats.shift();
      if (beat !== undefined) this.#options.onBeat?.(beat);
    }
  }

  #offsetSeconds(): number {
    return clampLatencyOffset(this.#settings.latencyOffsetMs) / 1000;
  }

  #masterGain(): number {
    const { muted, visualOnly, volume } = this.#settings;
    return muted || visualOnly ? 0 : Math.min(1, Math.max(0, volume));
  }

  #tick(): void {
    const timeline = this.#timeline;
    if (timeline === null) return;
    const now = this.#options.clock.currentTime;
    const offset = this.#offsetSeconds();
    const elapsed = now - this.#origin;
    // Visuals ahead of the sound (negative offset) need their clicks that much earlier.
    const horizon = elapsed + (this.#options.lookAheadSeconds ?? 0.1) + Math.max(0, -offset);
    if (elapsed > this.#scheduledUntil) {
      // The timer stalled past clicks not yet scheduled: drop them rather than play them late in a
      // bunch, and count at most a minute of them so a long stall costs nothing.
      this.#skipped += clicksBetween(timeline, this.#scheduledUntil, Math.min(elapsed, this.#scheduledUntil + 60)).length;
      this.#scheduledUntil = elapsed;
    }
    if (horizon > this.#scheduledUntil) {
      for (const click of clicksBetween(timeline, this.#scheduledUntil, horizon)) this.#schedule(click, now, offset);
      this.#scheduledUntil = horizon;
    }
    this.flushBeats();
    const ended = this.#scheduledUntil >= timeline.endTime && this.#pendingBeats.length === 0;
    if (ended && now >= this.#origin + timeline.endTime) {
      this.stop();
      this.#options.onEnd?.();
    }
  }

  #schedule(click: Click, now: number, offset: number): void {
    const audioTime = this.#origin + click.time;
    if (audioTime < now) {
      this.#skipped += 1; // only by rounding at the window's start
      return;
    }
    const audio = this.#options.audio;
    if (audio !== null && this.#master !== null && this.#masterGain() > 0 && click.gain > 0) {
      playClick(audio, this.#master, toneFor(click.kind === 'accent', this.#settings.sounds), audioTime, click.gain);
    }
    this.#pendingBeats.push({ click, audioTime, visualTime: audioTime + offset });
  }
}
