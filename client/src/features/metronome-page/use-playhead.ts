import { useEffect, useState } from 'react';
import type { MetronomeControls } from '../metronome/use-metronome.ts';
import { positionAt, type PlayheadPosition } from '../metronome/position-at.ts';

function samePlace(a: PlayheadPosition | null, b: PlayheadPosition): boolean {
  return (
    a !== null &&
    a.phase === b.phase &&
    a.loopIndex === b.loopIndex &&
    a.sectionIndex === b.sectionIndex &&
    a.bar === b.bar &&
    a.beat === b.beat &&
    a.countInLeft === b.countInLeft
  );
}

/**
 * The playhead (latency-corrected) while the metronome plays, polled every animation frame; the
 * component re-renders once per beat, not once per frame. Null when stopped.
 */
export function usePlayhead(metronome: Pick<MetronomeControls, 'timeline' | 'playheadTime'>): PlayheadPosition | null {
  const { timeline, playheadTime } = metronome;
  const [position, setPosition] = useState<PlayheadPosition | null>(null);
  useEffect(() => {
    if (timeline === null) {
      setPosition(null);
      return;
    }
    let frame = 0;
    const tick = () => {
      const time = playheadTime();
      if (time !== null) {
        const next = positionAt(timeline, time);
        setPosition((previous) => (samePlace(previous, next) ? previous : next));
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [timeline, playheadTime]);
  return position;
}
