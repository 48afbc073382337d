import { useId, useState } from 'react';
import { DEFAULT_BPM, type SongWithSections, type TempoEvent } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { TempoCurveChart } from './tempo-curve-chart.tsx';
import { TempoEventForm } from './tempo-event-form.tsx';
import { describeTempoEvent, tempoFormValues, type TempoEventFields } from './tempo-event-form-values.ts';
import { useGuardedWrite } from './use-guarded-write.ts';
import './tempo-map.css';

type Editing = { mode: 'add' } | { mode: 'edit'; event: TempoEvent };

/** The song's tempo map: its events in order, add, edit and delete, and the curve they draw (EDIT6). */
export function TempoMapEditor(props: { song: SongWithSections; readOnly: boolean }) {
  const { song } = props;
  const actions = useLibraryActions();
  const write = useGuardedWrite();
  const id = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const songBpm = song.bpm ?? DEFAULT_BPM;

  function save(fields: TempoEventFields): boolean {
    if (editing === null) return false;
    const { rampBeats, timeSignature, ...required } = fields;
    const result =
      editing.mode === 'add'
        ? write(
            () => actions.createTempoEvent({ songId: song.id, ...required, rampBeats: rampBeats ?? undefined, timeSignature: timeSignature ?? undefined }),
            `Added a tempo change at bar ${fields.bar}.`,
          )
        : write(() => actions.updateTempoEvent(editing.event.id, fields), `Saved the tempo change at bar ${fields.bar}.`);
    if (result.ok) setEditing(null);
    return result.ok;
  }

  const lastBar = song.tempoMap.at(-1)?.bar ?? 0;
  return (
    <section className="editor-panel tempo-map" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tempo map</h2>
      <TempoCurveChart song={song} />
      {song.tempoMap.length === 0 ? (
        <p className="muted">No tempo changes: the song plays at {songBpm} bpm throughout.</p>
      ) : (
        <ol className="tempo-events" aria-label="Tempo changes">
          {song.tempoMap.map((event) => (
            <li key={event.id} className="tempo-event">
              <span className="tempo-event-text">{describeTempoEvent(event)}</span>
              <span className="tempo-event-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={props.readOnly}
                  aria-label={`Edit ${describeTempoEvent(event)}`}
                  onClick={() => setEditing({ mode: 'edit', event })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  disabled={props.readOnly}
                  aria-label={`Delete ${describeTempoEvent(event)}`}
                  onClick={() => write(() => actions.deleteTempoEvent(event.id), `Deleted the tempo change at bar ${event.bar}. Undo brings it back.`)}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {editing === null ? (
        <button type="button" className="button" disabled={props.readOnly} onClick={() => setEditing({ mode: 'add' })}>
          Add tempo change
        </button>
      ) : (
        <TempoEventForm
          key={editing.mode === 'edit' ? editing.event.id : 'add'}
          songId={song.id}
          initial={tempoFormValues(editing.mode === 'edit' ? editing.event : undefined, { bar: lastBar + 1, bpm: songBpm })}
          submitLabel={editing.mode === 'edit' ? 'Save tempo change' : 'Add tempo change'}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
