import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Chord, Section, SongWithSections } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { cellKey, gridMeter, layoutChords, movedPosition, type GridPosition } from './beat-grid.ts';
import { ChordChip } from './chord-chip.tsx';
import { ChordDialog, type ChordDraft } from './chord-dialog.tsx';
import { spokenChord } from './chord-names.ts';
import { useChordDrag } from './use-chord-drag.ts';
import { useGuardedWrite } from './use-guarded-write.ts';
import './chord-grid.css';

type Editing = { mode: 'add'; at: GridPosition } | { mode: 'edit'; chord: Chord };

/**
 * A section's chords on a bars × beats grid (EDIT5): an empty beat adds a chord, a chord opens its
 * picker, drags to another beat (snapping) or moves with Alt+Arrow keys; Delete removes it.
 */
export function ChordGrid(props: { song: SongWithSections; section: Section; readOnly: boolean }) {
  const { section } = props;
  const actions = useLibraryActions();
  const write = useGuardedWrite();
  const id = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const { timeSignature, beatsPerBar: beats } = gridMeter(section, props.song);
  const layout = useMemo(() => layoutChords(section.chords, section.bars, beats), [section.chords, section.bars, beats]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [lastDraft, setLastDraft] = useState<ChordDraft>({ root: 'C', quality: 'maj', extensions: [], durationBeats: 1 });
  // Where focus goes after a write re-renders the grid (a moved chip or a re-created cell is a new node).
  const refocus = useRef<string | null>(null);

  useLayoutEffect(() => {
    const selector = refocus.current;
    if (selector === null) return;
    refocus.current = null;
    gridRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [section.chords, editing]);

  function moveChord(chord: Chord, to: GridPosition, how: string) {
    if (to.bar === chord.bar && to.beat === chord.beat) return;
    refocus.current = `[data-chord-id="${chord.id}"]`;
    write(() => actions.updateChord(chord.id, to), `${how} ${spokenChord(chord)} to bar ${to.bar}, beat ${to.beat}.`);
  }

  function deleteChord(chord: Chord) {
    refocus.current = `[data-cell="${cellKey(chord.bar, chord.beat)}"]`;
    const result = write(() => actions.deleteChord(chord.id), `Deleted ${spokenChord(chord)}. Undo brings it back.`);
    if (result.ok) setEditing(null);
  }

  const drag = useChordDrag({ gridRef, beats, disabled: props.readOnly, onDrop: (chord, to) => moveChord(chord, to, 'Moved') });

  function saveChord(draft: ChordDraft): boolean {
    if (editing === null) return false;
    const { bass, ...fields } = draft;
    const result =
      editing.mode === 'add'
        ? write(() => actions.createChord({ sectionId: section.id, ...editing.at, ...fields, bass }), `Added ${spokenChord(draft)}.`)
        : write(() => actions.updateChord(editing.chord.id, { ...fields, bass: bass ?? null }), `Saved ${spokenChord(draft)}.`);
    if (!result.ok) return false;
    if (editing.mode === 'add' && typeof result.value === 'string') refocus.current = `[data-chord-id="${result.value}"]`;
    if (editing.mode === 'edit') refocus.current = `[data-chord-id="${editing.chord.id}"]`;
    setLastDraft({ ...draft, extensions: [], bass: undefined });
    setEditing(null);
    return true;
  }

  function chip(chord: Chord) {
    return (
      <ChordChip
        key={chord.id}
        chord={chord}
        readOnly={props.readOnly}
        dragOffset={drag.view?.chordId === chord.id ? drag.view.offset : null}
        pointerHandlers={drag.handlersFor(chord)}
        onOpen={() => {
          if (!drag.consumeClick()) setEditing({ mode: 'edit', chord });
        }}
        onDelete={() => deleteChord(chord)}
        onMoveKey={(key) => {
          const to = movedPosition(chord, key, section.bars, beats);
          if (to !== null) moveChord(chord, to, 'Moved');
        }}
      />
    );
  }

  const bars = Array.from({ length: section.bars }, (_, i) => i + 1);
  const beatNumbers = Array.from({ length: beats }, (_, i) => i + 1);
  return (
    <section className="chord-grid-panel" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>
        Chords <span className="muted">· {timeSignature}</span>
      </h4>
      <p id={`${id}-help`} className="field-hint">
        Tap a beat to add a chord. Drag a chord to move it, or focus it and press Alt+arrow keys; Delete removes it.
      </p>
      <div ref={gridRef} className="chord-grid" aria-describedby={`${id}-help`} data-testid="chord-grid">
        {bars.map((bar) => (
          <div key={bar} className="chord-bar" role="group" aria-label={`Bar ${bar}`}>
            <span className="chord-bar-number" aria-hidden="true">
              {bar}
            </span>
            <div className="chord-bar-beats" data-bar={bar} style={{ gridTemplateColumns: `repeat(${beats}, minmax(2.75rem, 1fr))` }}>
              {beatNumbers.map((beat) => {
                const key = cellKey(bar, beat);
                const cell = layout.cells.get(key);
                if (cell !== undefined) {
                  return (
                    <div key={key} className="chord-cell" style={{ gridColumn: `${beat} / span ${cell.span}` }}>
                      {cell.chords.map(chip)}
                    </div>
                  );
                }
                if (layout.covered.has(key)) return null;
                return (
                  <button
                    key={key}
                    type="button"
                    className="beat-cell"
                    data-cell={key}
                    style={{ gridColumn: beat }}
                    disabled={props.readOnly}
                    aria-label={`Add chord at bar ${bar}, beat ${beat}`}
                    onClick={() => setEditing({ mode: 'add', at: { bar, beat } })}
                  >
                    <span aria-hidden="true">{beat === 1 ? '+' : '·'}</span>
                  </button>
                );
              })}
            </div>
          </div>
        ))}
        {drag.view?.target && (
          <div className="chord-drop-target" style={drag.view.target} aria-hidden="true" />
        )}
      </div>
      {layout.outside.length > 0 && (
        <div className="chords-outside">
          <p>These chords sit past the end of the section or its meter; move them in or delete them:</p>
          <div className="chords-outside-list">{layout.outside.map(chip)}</div>
        </div>
      )}
      <ChordDialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? `Edit chord · bar ${editing.chord.bar}, beat ${editing.chord.beat}`
            : `Add chord · bar ${editing?.at.bar ?? 1}, beat ${editing?.at.beat ?? 1}`
        }
        saveLabel={editing?.mode === 'edit' ? 'Save chord' : 'Add chord'}
        initial={editing?.mode === 'edit' ? editing.chord : lastDraft}
        onSave={saveChord}
        onDelete={editing?.mode === 'edit' ? () => deleteChord(editing.chord) : undefined}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
