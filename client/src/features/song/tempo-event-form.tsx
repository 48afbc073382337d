import { useId, useState, type FormEvent } from 'react';
import { TEMPO_CHANGES, type TempoChange } from '../../lib/library-api.ts';
import { parseTempoForm, type TempoEventFields, type TempoFormErrors, type TempoFormValues } from './tempo-event-form-values.ts';

const CHANGE_NAMES: Readonly<Record<TempoChange, string>> = {
  instant: 'Instant',
  ramp: 'Ramp (gradual)',
  step: 'Step (one step per beat)',
};

type TextField = Exclude<keyof TempoFormValues, 'change'>;

/** Adds or edits one tempo change: position, bpm, how it changes and over how many beats (EDIT6). */
export function TempoEventForm(props: {
  songId: string;
  initial: TempoFormValues;
  submitLabel: string;
  onSubmit(fields: TempoEventFields): boolean;
  onCancel(): void;
}) {
  const id = useId();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<TempoFormErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = parseTempoForm(values, props.songId);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    props.onSubmit(result.fields);
  }

  function text(name: TextField, label: string, inputMode: 'numeric' | 'decimal' | 'text', optional = false) {
    const error = errors[name];
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>
          {label}
          {optional && <span className="optional"> (optional)</span>}
        </label>
        <input
          id={`${id}-${name}`}
          value={values[name]}
          inputMode={inputMode}
          autoComplete="off"
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
        />
        {error && (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="tempo-event-form" onSubmit={handleSubmit} onKeyDown={(event) => event.key === 'Escape' && props.onCancel()} noValidate>
      <div className="tempo-fields">
        {text('bar', 'Bar', 'numeric')}
        {text('beat', 'Beat', 'numeric')}
        {text('bpm', 'Tempo (bpm)', 'decimal')}
        <fieldset className="choice-group tempo-change">
          <legend>Change</legend>
          {TEMPO_CHANGES.map((change) => (
            <label key={change} className="choice">
              <input
                type="radio"
                name={`${id}-change`}
                value={change}
                checked={values.change === change}
                onChange={() => setValues({ ...values, change })}
              />
              {CHANGE_NAMES[change]}
            </label>
          ))}
        </fieldset>
        {values.change !== 'instant' && text('rampBeats', 'Over how many beats', 'numeric')}
        {text('timeSignature', 'New time signature', 'text', true)}
      </div>
      <div className="editor-dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
