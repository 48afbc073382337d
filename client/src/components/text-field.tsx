import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';

export type TextFieldProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shown under the field and announced with it. */
  error?: string | null;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  inputRef?: Ref<HTMLInputElement>;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'required' | 'minLength' | 'maxLength' | 'autoFocus' | 'inputMode' | 'name'>;

/**
 * A labelled input with its hint and error tied to it by aria-describedby. A password field gets a
 * Show/Hide button (typing on a phone is easier when you can check what you typed).
 */
export function TextField({ label, value, onChange, error, hint, type = 'text', autoComplete, inputRef, ...rest }: TextFieldProps) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const inputType = type === 'password' && revealed ? 'text' : type;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className={type === 'password' ? 'field-with-action' : undefined}>
        <input
          id={id}
          ref={inputRef}
          type={inputType}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={type === 'text' ? undefined : false}
          autoCapitalize={type === 'text' ? undefined : 'none'}
          {...rest}
        />
        {type === 'password' && (
          <button type="button" className="button field-action" onClick={() => setRevealed((r) => !r)}>
            {revealed ? 'Hide' : 'Show'}
            <span className="visually-hidden"> {label.toLowerCase()}</span>
          </button>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
