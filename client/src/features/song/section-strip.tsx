import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { sectionColor, type Section } from '../../lib/library-api.ts';
import { ConfidenceDots } from './confidence-dots.tsx';
import { barsLabel, sectionTypeName } from './section-names.ts';
import { dropIndex, keyboardMoveIndex, type SegmentSpan } from './section-order.ts';
import './song-strip.css';

/** Pointer travel before a press on a segment becomes a drag. */
const DRAG_THRESHOLD_PX = 8;

type Drag = { id: string; index: number; pointerId: number; startX: number; stripLeft: number; spans: SegmentSpan[]; active: boolean };
type DragView = { id: string; dx: number; target: number; markerX: number };

function markerX(spans: readonly SegmentSpan[], dragged: number, target: number): number {
  const others = spans.filter((_, i) => i !== dragged);
  const before = others[target - 1];
  return before === undefined ? (others[0]?.left ?? 0) : before.left + before.width;
}

/**
 * The song's sections as a strip of segments sized by bars (EDIT3). A segment selects its section;
 * it reorders by drag (mouse, pen, touch) or Alt+Arrow/Home/End (EDIT4).
 */
export function SectionStrip(props: {
  sections: readonly Section[];
  selectedId: string | null;
  readOnly: boolean;
  onSelect(id: string): void;
  onMove(id: string, toIndex: number): void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  const refocus = useRef<string | null>(null);
  const [view, setView] = useState<DragView | null>(null);

  // A moved segment is a re-ordered DOM node: give it its focus back.
  useLayoutEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    refocus.current = null;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-section-id="${id}"]`)?.focus();
  }, [props.sections]);

  function move(id: string, toIndex: number) {
    refocus.current = id;
    props.onMove(id, toIndex);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, section: Section, index: number) {
    if (!event.altKey || props.readOnly) return;
    const next = keyboardMoveIndex(index, props.sections.length, event.key);
    if (next === null) return;
    event.preventDefault();
    move(section.id, next);
  }

  function handlePointerDown(event: PointerEvent<HTMLButtonElement>, section: Section, index: number) {
    // A drag's click may never arrive (released elsewhere): a new press starts clean.
    suppressClick.current = false;
    if (props.readOnly || !event.isPrimary || event.button !== 0 || listRef.current === null) return;
    const stripLeft = listRef.current.getBoundingClientRect().left;
    const spans = Array.from(listRef.current.querySelectorAll('[data-section-id]'), (element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, width: rect.width };
    });
    drag.current = { id: section.id, index, pointerId: event.pointerId, startX: event.clientX, stripLeft, spans, active: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function handlePointerMove(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    if (current === null || event.pointerId !== current.pointerId) return;
    const dx = event.clientX - current.startX;
    if (!current.active && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    current.active = true;
    const target = dropIndex(event.clientX, current.spans, current.index);
    setView({ id: current.id, dx, target, markerX: markerX(current.spans, current.index, target) - current.stripLeft });
  }

  function endDrag(event: PointerEvent<HTMLButtonElement>, commit: boolean) {
    const current = drag.current;
    if (current === null || event.pointerId !== current.pointerId) return;
    drag.current = null;
    setView(null);
    if (!current.active) return;
    suppressClick.current = true;
    const target = dropIndex(event.clientX, current.spans, current.index);
    if (commit && target !== current.index) move(current.id, target);
    props.onSelect(current.id);
  }

  return (
    <div className="song-strip-frame">
      <ol ref={listRef} className="song-strip" aria-label="Section map">
        {props.sections.map((section, index) => {
          const dragging = view?.id === section.id;
          return (
            <li key={section.id} className="song-strip-item" style={{ flexGrow: section.bars }}>
              <button
                type="button"
                className={`song-strip-segment${dragging ? ' is-dragging' : ''}`}
                data-section-id={section.id}
                aria-pressed={section.id === props.selectedId}
                title={section.name}
                aria-label={`${section.name}: ${sectionTypeName(section.type)}, ${barsLabel(section.bars)}, confidence ${section.confidence} of 5`}
                aria-keyshortcuts={props.readOnly ? undefined : 'Alt+ArrowLeft Alt+ArrowRight Alt+Home Alt+End'}
                style={{ backgroundColor: sectionColor(section), transform: dragging ? `translateX(${view.dx}px)` : undefined }}
                onClick={() => {
                  if (suppressClick.current) suppressClick.current = false;
                  else props.onSelect(section.id);
                }}
                onKeyDown={(event) => handleKeyDown(event, section, index)}
                onPointerDown={(event) => handlePointerDown(event, section, index)}
                onPointerMove={handlePointerMove}
                onPointerUp={(event) => endDrag(event, true)}
                onPointerCancel={(event) => endDrag(event, false)}
              >
                <span className="song-strip-name">{section.name}</span>
                <ConfidenceDots confidence={section.confidence} />
                <span className="song-strip-confidence" style={{ width: `${section.confidence * 20}%` }} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ol>
      {view !== null && <div className="song-strip-drop-marker" style={{ left: `${view.markerX}px` }} aria-hidden="true" />}
    </div>
  );
}
