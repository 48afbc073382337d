import { useId } from 'react';
import { SECTION_TYPE_COLORS, type SectionType } from '../../lib/library-api.ts';

/** Override colors offered: the type colors plus a few more, all valid stored colors (#rrggbb). */
const PALETTE = [...new Set([...Object.values(SECTION_TYPE_COLORS), '#0f766e', '#a16207', '#be123c', '#4338ca'])];

/** A section's color: its type's default, or one of the palette as an override. */
export function ColorSwatches(props: { type: SectionType; color: string | undefined; disabled: boolean; onChange(color: string | null): void }) {
  const id = useId();
  const typeColor = SECTION_TYPE_COLORS[props.type];
  return (
    <div className="color-field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        Color
      </span>
      <div className="color-swatches">
        <button
          type="button"
          className="button swatch-default"
          aria-pressed={props.color === undefined}
          disabled={props.disabled}
          onClick={() => props.onChange(null)}
        >
          <span className="swatch" style={{ backgroundColor: typeColor }} aria-hidden="true" />
          Type color
        </button>
        {PALETTE.map((color) => (
          <button
            key={color}
            type="button"
            className="swatch-button"
            aria-pressed={props.color === color}
            aria-label={`Color ${color}`}
            disabled={props.disabled}
            onClick={() => props.onChange(color)}
          >
            <span className="swatch" style={{ backgroundColor: color }} aria-hidden="true" />
          </button>
        ))}
      </div>
    </div>
  );
}
