import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { Chord } from '../../lib/library-api.ts';
import { snapToBeat, type BarRowRect, type GridPosition } from './beat-grid.ts';

/** Pointer travel before a press on a chord becomes a drag (a shorter one is a tap that opens it). */
const DRAG_THRESHOLD_PX = 6;

type Drag = { chord: Chord; pointerId: number; startX: number; startY: number; rows: BarRowRect[]; grid: DOMRect; active: boolean };

/** What the grid draws during a drag: the chip's offset and the beat cell it would land on. */
export type ChordDragView = {
  chordId: string;
  offset: { x: number; y: number };
  target: { top: number; left: number; width: number; height: number } | null;
};

export type ChordPointerHandlers = {
  onPointerDown(event: PointerEvent<HTMLElement>): void;
  onPointerMove(event: PointerEvent<HTMLElement>): void;
  onPointerUp(event: PointerEvent<HTMLElement>): void;
  onPointerCancel(event: PointerEvent<HTMLElement>): void;
};

/**
 * Dragging chords on the grid with pointer events (mouse, pen and touch alike): the bar rows are
 * measured when the drag starts, and the drop snaps to the beat cell under the pointer (EDIT5).
 */
export function useChordDrag(options: {
  gridRef: RefObject<HTMLDivElement | null>;
  beats: number;
  disabled: boolean;
  onDrop(chord: Chord, to: GridPosition): void;
}) {
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  const [view, setView] = useState<ChordDragView | null>(null);

  const targetOf = (current: Drag, x: number, y: number) => {
    const at = snapToBeat({ x, y }, current.rows, options.beats);
    const row = at === null ? undefined : current.rows[at.bar - 1];
    if (at === null || row === undefined) return { at: null, rect: null };
    const width = row.width / options.beats;
    const rect = { top: row.top - current.grid.top, left: row.left + (at.beat - 1) * width - current.grid.left, width, height: row.bottom - row.top };
    return { at, rect };
  };

  const handlersFor = (chord: Chord): ChordPointerHandlers => ({
    onPointerDown(event) {
      suppressClick.current = false;
      const grid = options.gridRef.current;
      if (options.disabled || !event.isPrimary || event.button !== 0 || grid === null) return;
      const rows = Array.from(grid.querySelectorAll('[data-bar]'), (element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, left: rect.left, width: rect.width };
      });
      drag.current = { chord, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, rows, grid: grid.getBoundingClientRect(), active: false };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event) {
      const current = drag.current;
      if (current === null || event.pointerId !== current.pointerId) return;
      const offset = { x: event.clientX - current.startX, y: event.clientY - current.startY };
      if (!current.active && Math.hypot(offset.x, offset.y) < DRAG_THRESHOLD_PX) return;
      current.active = true;
      setView({ chordId: chord.id, offset, target: targetOf(current, event.clientX, event.clientY).rect });
    },
    onPointerUp(event) {
      const current = drag.current;
      if (current === null || event.pointerId !== current.pointerId) return;
      drag.current = null;
      setView(null);
      if (!current.active) return;
      suppressClick.current = true;
      const { at } = targetOf(current, event.clientX, event.clientY);
      if (at !== null) options.onDrop(current.chord, at);
    },
    onPointerCancel(event) {
      if (drag.current?.pointerId !== event.pointerId) return;
      drag.current = null;
      setView(null);
    },
  });

  /** True (once) when the click that follows a drag must not open the chord. */
  const consumeClick = () => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  };

  return { view, handlersFor, consumeClick };
}
