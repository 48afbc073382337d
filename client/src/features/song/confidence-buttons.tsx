import { useId } from 'react';

const LEVELS = [1, 2, 3, 4, 5] as const;
const MEANINGS = ['just started', 'shaky', 'getting there', 'solid', 'nailed it'];

/** Five buttons for a section's confidence; the pressed one is the current level. */
export function ConfidenceButtons(props: { value: number; disabled: boolean; onChange(value: number): void }) {
  const id = useId();
  return (
    <div className="confidence-field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        Confidence
      </span>
      <div className="confidence-buttons">
        {LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="button confidence-button"
            aria-pressed={props.value === level}
            aria-label={`${level} of 5, ${MEANINGS[level - 1]}`}
            title={MEANINGS[level - 1]}
            disabled={props.disabled}
            onClick={() => props.onChange(level)}
          >
            {level}
          </button>
        ))}
      </div>
    </div>
  );
}
