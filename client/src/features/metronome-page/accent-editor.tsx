import { useId } from 'react';
import { cycleAccentAt } from '../metronome/accent-levels.ts';
import { accentPatternsFor, findAccentPattern } from '../metronome/accent-patterns.ts';
import type { Meter } from '../metronome/loop-plan.ts';
import { accentLevelName } from './metronome-model.ts';

/**
 * The bar's beats as lights: the playing beat lights up, each light's height shows its accent, and
 * tapping a beat moves it one level up (MET13). Named patterns for the meter in a list above.
 */
export function AccentEditor(props: {
  meter: Meter;
  accents: readonly number[];
  currentBeat: number | null;
  disabled: boolean;
  onChange(accents: number[]): void;
}) {
  const id = useId();
  const patterns = accentPatternsFor(props.meter);
  const named = findAccentPattern(props.meter, props.accents);
  return (
    <fieldset className="accent-editor" disabled={props.disabled}>
      <legend>Accents</legend>
      <div className="field">
        <label htmlFor={`${id}-pattern`}>Pattern</label>
        <select
          id={`${id}-pattern`}
          value={named?.id ?? ''}
          onChange={(event) => {
            const pattern = patterns.find((candidate) => candidate.id === event.target.value);
            if (pattern !== undefined) props.onChange([...pattern.accents]);
          }}
        >
          {named === undefined && <option value="">Custom</option>}
          {patterns.map((pattern) => (
            <option key={pattern.id} value={pattern.id}>
              {pattern.name}
            </option>
          ))}
        </select>
      </div>
      <ol className="accent-beats" aria-label="Beats (tap to change the accent)">
        {props.accents.map((level, index) => {
          const name = accentLevelName(level);
          return (
            <li key={index}>
              <button
                type="button"
                className="accent-beat"
                data-level={name}
                data-on={props.currentBeat === index + 1 || undefined}
                onClick={() => props.onChange(cycleAccentAt(props.accents, index))}
                aria-label={`Beat ${index + 1}: ${name}`}
              >
                <span className="accent-beat-bar" style={{ blockSize: `${Math.max(8, level * 100)}%` }} />
                <span className="accent-beat-number">{index + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
