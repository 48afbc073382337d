import { useId, useState } from 'react';
import { DEFAULT_BPM, SECTION_TYPES, sectionColor, type Section, type SectionPatch, type SongWithSections } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { ChordGrid } from './chord-grid.tsx';
import { ColorSwatches } from './color-swatches.tsx';
import { CommitField } from './commit-field.tsx';
import { ConfidenceButtons } from './confidence-buttons.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SECTION_FIELDS } from './section-field-parsers.ts';
import { sectionTypeName, sectionTypeOf } from './section-names.ts';
import { useGuardedWrite } from './use-guarded-write.ts';
import './section-editor.css';

/** Everything about one section: fields, confidence, color, place in the song, deletion and its chord grid. */
export function SectionEditor(props: {
  song: SongWithSections;
  section: Section;
  index: number;
  readOnly: boolean;
  onMove(id: string, toIndex: number): void;
  onDeleted(): void;
}) {
  const { song, section, index } = props;
  const actions = useLibraryActions();
  const write = useGuardedWrite();
  const id = useId();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const count = song.sections.length;
  const update = (patch: SectionPatch) => write(() => actions.updateSection(section.id, patch)).ok;

  function deleteSection() {
    setConfirmingDelete(false);
    const result = write(() => actions.deleteSection(section.id), `Deleted section “${section.name}”. Undo brings it back.`);
    if (result.ok) props.onDeleted();
  }

  const move = (toIndex: number) => {
    if (toIndex < 0 || toIndex >= count || props.readOnly) return;
    props.onMove(section.id, toIndex);
  };

  return (
    <section className="editor-panel section-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section-editor-heading">
        <span className="swatch" style={{ backgroundColor: sectionColor(section) }} aria-hidden="true" />
        Section: {section.name}
      </h3>
      <div className="section-actions" role="group" aria-label="Arrange">
        <button type="button" className="button" aria-disabled={props.readOnly || index === 0} onClick={() => move(index - 1)}>
          <span aria-hidden="true">←</span> Move earlier
        </button>
        <button type="button" className="button" aria-disabled={props.readOnly || index === count - 1} onClick={() => move(index + 1)}>
          Move later <span aria-hidden="true">→</span>
        </button>
      </div>
      <ConfidenceButtons value={section.confidence} disabled={props.readOnly} onChange={(confidence) => update({ confidence })} />
      <ChordGrid song={song} section={section} readOnly={props.readOnly} />
      <fieldset className="section-fields" disabled={props.readOnly}>
        <legend className="section-fields-legend">Section details</legend>
        <CommitField label="Name" value={section.name} parse={SECTION_FIELDS.name} onCommit={(name) => update({ name })} maxLength={100} />
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={section.type} onChange={(event) => update({ type: sectionTypeOf(event.target.value) })}>
            {SECTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {sectionTypeName(type)}
              </option>
            ))}
          </select>
        </div>
        <CommitField label="Bars" value={String(section.bars)} parse={SECTION_FIELDS.bars} onCommit={(bars) => update({ bars })} inputMode="numeric" />
        <CommitField
          label="Tempo (bpm)"
          optional
          value={section.bpm === undefined ? '' : String(section.bpm)}
          parse={SECTION_FIELDS.bpm}
          onCommit={(bpm) => update({ bpm })}
          inputMode="decimal"
          placeholder={String(song.bpm ?? DEFAULT_BPM)}
          hint="Empty: the song's tempo"
        />
        <CommitField
          label="Time signature"
          optional
          value={section.timeSignature ?? ''}
          parse={SECTION_FIELDS.timeSignature}
          onCommit={(timeSignature) => update({ timeSignature })}
          placeholder={song.timeSignature}
          hint="Empty: the song's meter"
        />
        <ColorSwatches type={section.type} color={section.color} disabled={props.readOnly} onChange={(color) => update({ color })} />
        <CommitField
          label="Notes"
          optional
          multiline
          className="field-wide"
          value={section.notes ?? ''}
          parse={SECTION_FIELDS.notes}
          onCommit={(notes) => update({ notes })}
        />
      </fieldset>
      <button type="button" className="button button-danger-outline section-delete" disabled={props.readOnly} onClick={() => setConfirmingDelete(true)}>
        Delete section…
      </button>
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete “${section.name}”?`}
        message="The section and its chords leave the song. You can undo this."
        confirmLabel="Delete section"
        onConfirm={deleteSection}
        onCancel={() => setConfirmingDelete(false)}
      />
    </section>
  );
}
