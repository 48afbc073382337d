import { useCallback, useEffect, useRef, useState } from 'react';
import { performanceClock, type AudioContextLike } from './audio-context-like.ts';
import { ClickScheduler, type SchedulerSettings, type VisualBeat } from './click-scheduler.ts';
import type { LoopPlan } from './loop-plan.ts';
import { createTimeline, type Timeline } from './timeline.ts';

export interface MetronomeControls {
  readonly playing: boolean;
  readonly timeline: Timeline | null;
  /** The last beat shown (latency applied), for beat lights. */
  readonly lastBeat: VisualBeat | null;
  /** Must be called from a user gesture: browsers only start audio then. Throws RangeError on a bad plan. */
  start(plan: LoopPlan): void;
  stop(): void;
  /** Timeline seconds the listener hears now, for positionAt; null when stopped. */
  playheadTime(): number | null;
}

function createAudio(): AudioContextLike & { resume(): Promise<void>; close(): Promise<void> } | null {
  return typeof AudioContext === 'undefined' ? null : new AudioContext({ latencyHint: 'interactive' });
}

/** The Web Audio metronome for a page: one AudioContext, created on the first start. */
export function useMetronome(settings: SchedulerSettings): MetronomeControls {
  const audioRef = useRef<ReturnType<typeof createAudio>>(null);
  const schedulerRef = useRef<ClickScheduler | null>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [lastBeat, setLastBeat] = useState<VisualBeat | null>(null);

  useEffect(() => {
    schedulerRef.current?.update(settings);
  }, [settings]);

  useEffect(
    () => () => {
      schedulerRef.current?.stop();
      void audioRef.current?.close();
    },
    [],
  );

  const start = useCallback(
    (plan: LoopPlan) => {
      const next = createTimeline(plan);
      if (schedulerRef.current === null) {
        audioRef.current = createAudio();
        const audio = audioRef.current;
        schedulerRef.current = new ClickScheduler(
          { clock: audio ?? performanceClock(), audio, onBeat: setLastBeat, onEnd: () => setTimeline(null) },
          settings,
        );
      }
      void audioRef.current?.resume();
      schedulerRef.current.start(next);
      setTimeline(next);
      setLastBeat(null);
    },
    [settings],
  );

  const stop = useCallback(() => {
    schedulerRef.current?.stop();
    setTimeline(null);
  }, []);

  const playheadTime = useCallback(() => schedulerRef.current?.playheadTime() ?? null, []);

  return { playing: timeline !== null, timeline, lastBeat, start, stop, playheadTime };
}
