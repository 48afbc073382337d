import { useEffect, useRef, useState } from 'react';
import { CALIBRATION_BPM, CALIBRATION_TAPS, latencyFromTaps } from '../metronome/latency-calibration.ts';
import type { LoopPlan } from '../metronome/loop-plan.ts';
import { metronomePlan } from '../metronome/plan-builders.ts';
import { calibrationTapMs } from './metronome-model.ts';

/** Clicks at 80 bpm in 4/4, no accents to lean on. */
const CALIBRATION_PLAN: LoopPlan = metronomePlan({ bpm: CALIBRATION_BPM, meter: { beatsPerBar: 4, beatUnit: 4 }, accents: [1, 1, 1, 1] });

/**
 * MET12: tap along with clicks at 80 bpm; after 8 taps the offset (trimmed mean, −200…200 ms) is
 * saved and shifts the lights. Uses the page's metronome, so the clicks run on the same audio clock.
 */
export function LatencyCalibrationPanel(props: {
  offsetMs: number;
  disabled: boolean;
  /** Muted or visual-only: there is nothing to tap along with. */
  silent: boolean;
  playheadTime(): number | null;
  start(plan: LoopPlan): void;
  stop(): void;
  onSave(offsetMs: number): void;
}) {
  const [taps, setTaps] = useState<number[] | null>(null);
  const offsetAtStart = useRef(props.offsetMs);
  const { stop } = props;
  useEffect(() => () => stop(), [stop]);

  const begin = () => {
    offsetAtStart.current = props.offsetMs;
    setTaps([]);
    props.start(CALIBRATION_PLAN);
  };
  const tap = () => {
    const time = props.playheadTime();
    if (taps === null || time === null) return;
    const next = [...taps, calibrationTapMs(time, offsetAtStart.current)];
    const offset = latencyFromTaps(next, 0);
    if (offset === null) return setTaps(next);
    props.stop();
    setTaps(null);
    props.onSave(offset);
  };

  return (
    <fieldset className="latency-calibration" disabled={props.disabled}>
      <legend>Latency calibration</legend>
      <p>
        Current offset: <strong>{props.offsetMs > 0 ? `+${props.offsetMs}` : props.offsetMs} ms</strong> (lights follow the sound
        by this much).
      </p>
      {taps === null ? (
        <>
          <button type="button" className="button" onClick={begin} disabled={props.silent}>
            Calibrate
          </button>
          {props.silent && <p className="muted">Turn the sound on (not muted, not visual only) to calibrate.</p>}
        </>
      ) : (
        <>
          <p role="status">
            Tap with the clicks ({CALIBRATION_BPM} bpm): {taps.length} of {CALIBRATION_TAPS}
          </p>
          <div className="calibration-actions">
            <button
              type="button"
              className="button button-primary calibration-tap"
              onPointerDown={tap}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                if (!event.repeat) tap();
              }}
            >
              Tap
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                props.stop();
                setTaps(null);
              }}
            >
              Cancel
            </button>
          </div>
        </>
      )}
      {props.offsetMs !== 0 && taps === null && (
        <button type="button" className="button" onClick={() => props.onSave(0)}>
          Reset to 0
        </button>
      )}
    </fieldset>
  );
}
