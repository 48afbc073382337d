import { useId, useState, type KeyboardEvent } from 'react';
import type { FieldParse } from './field-parse.ts';

export type CommitFieldProps<T> = {
  label: string;
  /** The stored value as text; shown whenever the field holds no draft. */
  value: string;
  parse(text: string): FieldParse<T>;
  /** Writes the value; returns false when the write was refused, keeping the draft. */
  onCommit(value: T): boolean;
  multiline?: boolean;
  hint?: string;
  optional?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  placeholder?: string;
  /** Id of a <datalist> with suggestions. */
  list?: string;
  maxLength?: number;
  className?: string;
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A labelled field that writes once, on blur or Enter (Ctrl/Cmd+Enter in a text area), when the text
 * parses and differs from the stored value; Escape drops the draft (EDIT1). While it holds a draft
 * it is marked `data-pending-edit`, so Ctrl+Z is left to the browser's text undo (UNDO7).
 */
export function CommitField<T>(props: CommitFieldProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    const result = props.parse(draft);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const stored = props.parse(props.value);
    if (!(stored.ok && sameValue(stored.value, result.value)) && !props.onCommit(result.value)) return;
    setDraft(null);
    setError(null);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (!props.multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setError(null);
    }
  }

  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value: draft ?? props.value,
    onBlur: commit,
    onKeyDown: handleKeyDown,
    'aria-invalid': error !== null ? true : undefined,
    'aria-describedby': describedBy,
    'data-pending-edit': draft !== null ? 'true' : undefined,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.optional && <span className="optional"> (optional)</span>}
      </label>
      {props.multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          autoComplete="off"
          inputMode={props.inputMode}
          list={props.list}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
      {props.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
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
