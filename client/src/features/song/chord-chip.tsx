import type { KeyboardEvent } from 'react';
import { chordSymbol, type Chord } from '../../lib/library-api.ts';
import { spokenChord } from './chord-names.ts';
import type { ChordPointerHandlers } from './use-chord-drag.ts';

const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** One chord on the grid: its symbol; a tap opens it, a drag moves it, keys move or delete it. */
export function ChordChip(props: {
  chord: Chord;
  readOnly: boolean;
  dragOffset: { x: number; y: number } | null;
  pointerHandlers: ChordPointerHandlers;
  onOpen(): void;
  onDelete(): void;
  onMoveKey(key: string): void;
}) {
  const { chord } = props;

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (props.readOnly) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.onDelete();
    } else if (event.altKey && MOVE_KEYS.has(event.key)) {
      event.preventDefault();
      props.onMoveKey(event.key);
    }
  }

  const length = chord.durationBeats > 1 ? `, ${chord.durationBeats} beats` : '';
  const symbol = chordSymbol(chord);
  // Long symbols ("Bbm7(b9)/F") get a smaller font so a one-beat chip still shows them whole.
  const size = symbol.length > 7 ? 'longer' : symbol.length > 4 ? 'long' : undefined;
  return (
    <button
      type="button"
      className={`chord-chip${props.dragOffset ? ' is-dragging' : ''}`}
      data-chord-id={chord.id}
      data-length={size}
      disabled={props.readOnly}
      aria-label={`${spokenChord(chord)}, bar ${chord.bar}, beat ${chord.beat}${length}`}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown Delete"
      style={props.dragOffset ? { transform: `translate(${props.dragOffset.x}px, ${props.dragOffset.y}px)` } : undefined}
      onClick={props.onOpen}
      onKeyDown={handleKeyDown}
      {...props.pointerHandlers}
    >
      {symbol}
    </button>
  );
}
