import { useId, useState } from 'react';

export type NumberSettingProps = {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Called with each valid value as the user types or steps; invalid drafts are not saved. */
  onCommit(value: number): void;
};

/**
 * A number input bound to a stored setting. What the user types stays a draft until it is a valid
 * value (so "1" on the way to "15" saves 1, then 15), and leaving the field shows the stored value.
 */
export function NumberSetting(props: NumberSettingProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseSetting(draft, props) === null;
  const rangeText = `From ${props.min} to ${props.max}.`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step}
        value={draft ?? String(props.value)}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = parseSetting(event.target.value, props);
          if (next !== null && next !== props.value) props.onCommit(next);
        }}
        onBlur={() => setDraft(null)}
      />
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'}>
        {props.hint === undefined ? rangeText : `${props.hint} ${rangeText}`}
      </p>
    </div>
  );
}

function parseSetting(text: string, range: { min: number; max: number; step: number }): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < range.min || value > range.max) return null;
  if (Number.isInteger(range.step) && !Number.isInteger(value)) return null;
  return value;
}
