import { useId } from 'react';
import type { TempoTrainer } from '../metronome/loop-plan.ts';
import { clampTrainerField, describeTrainer, TRAINER_LIMITS } from './trainer-settings.ts';

const FIELDS: ReadonlyArray<{ key: keyof TempoTrainer; label: string; unit: string }> = [
  { key: 'startPercent', label: 'Start at', unit: '%' },
  { key: 'stepPercent', label: 'Step', unit: '%' },
  { key: 'everyLoops', label: 'Every', unit: 'loops' },
  { key: 'targetPercent', label: 'Up to', unit: '%' },
];

/** Tempo trainer: start slower and speed up by a step every N loops up to a target (PRA3). */
export function TrainerControls(props: {
  on: boolean;
  trainer: TempoTrainer;
  onToggle(on: boolean): void;
  onChange(trainer: TempoTrainer): void;
}) {
  const id = useId();
  return (
    <fieldset className="trainer-controls">
      <legend>Tempo trainer</legend>
      <label className="choice">
        <input type="checkbox" checked={props.on} onChange={(event) => props.onToggle(event.target.checked)} />
        Speed up as I loop
      </label>
      <div className="trainer-fields">
        {FIELDS.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>
              {field.label} <span className="optional">({field.unit})</span>
            </label>
            <input
              id={`${id}-${field.key}`}
              type="number"
              inputMode="numeric"
              min={TRAINER_LIMITS[field.key].min}
              max={TRAINER_LIMITS[field.key].max}
              value={props.trainer[field.key]}
              disabled={!props.on}
              onChange={(event) => {
                const value = clampTrainerField(field.key, event.target.valueAsNumber, props.trainer[field.key]);
                props.onChange({ ...props.trainer, [field.key]: value });
              }}
            />
          </div>
        ))}
      </div>
      {props.on && <p className="muted">{describeTrainer(props.trainer)}</p>}
    </fieldset>
  );
}
