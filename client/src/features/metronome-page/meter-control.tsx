import { useId } from 'react';
import { BEAT_UNITS_ALLOWED, type BeatUnit } from './beat-units.ts';

/** Beats per bar (1–16) and the note value of a beat. */
export function MeterControl(props: { beatsPerMeasure: number; beatUnit: BeatUnit; disabled: boolean; onChange(beats: number, unit: BeatUnit): void }) {
  const id = useId();
  return (
    <fieldset className="meter-control" disabled={props.disabled}>
      <legend>Meter</legend>
      <div className="field">
        <label htmlFor={`${id}-beats`}>Beats per bar</label>
        <select id={`${id}-beats`} value={props.beatsPerMeasure} onChange={(event) => props.onChange(Number(event.target.value), props.beatUnit)}>
          {Array.from({ length: 16 }, (_, index) => index + 1).map((beats) => (
            <option key={beats} value={beats}>
              {beats}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>Beat unit</label>
        <select
          id={`${id}-unit`}
          value={props.beatUnit}
          onChange={(event) => {
            const unit = BEAT_UNITS_ALLOWED.find((candidate) => String(candidate) === event.target.value);
            if (unit !== undefined) props.onChange(props.beatsPerMeasure, unit);
          }}
        >
          {BEAT_UNITS_ALLOWED.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
