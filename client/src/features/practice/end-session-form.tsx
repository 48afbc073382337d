import { useId, useState, type FormEvent } from 'react';
import type { SessionEnding } from './practice-session.ts';

/** End of a session: a 1–5 rating and notes (both optional). */
export function EndSessionForm(props: { onEnd(ending: SessionEnding): void; onCancel(): void }) {
  const id = useId();
  const [rating, setRating] = useState<number | undefined>(undefined);
  const [notes, setNotes] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onEnd({ rating, notes });
  };
  return (
    <form className="end-session" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h2 id={`${id}-heading`}>End session</h2>
      <fieldset className="rating">
        <legend>How did it go?</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} className="rating-choice">
            <input type="radio" name={`${id}-rating`} value={value} checked={rating === value} onChange={() => setRating(value)} />
            <span>{value}</span>
            <span className="visually-hidden"> of 5</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-notes`}>
          Notes <span className="optional">(optional)</span>
        </label>
        <textarea id={`${id}-notes`} value={notes} onChange={(event) => setNotes(event.target.value)} rows={3} maxLength={10_000} />
      </div>
      <div className="end-session-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          Keep practising
        </button>
        <button type="submit" className="button button-primary">
          Save session
        </button>
      </div>
    </form>
  );
}
