import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CHORD_QUALITIES, ChordPatchSchema, NOTE_NAMES, chordSymbol, type ChordQuality, type NoteName } from '../../lib/library-api.ts';
import { chordQualityOf, noteNameOf, parseExtensions, QUALITY_NAMES } from './chord-names.ts';
import { checkWith, parseWhole } from './field-parse.ts';
import './editor-dialog.css';

/** The chord fields the picker edits. */
export type ChordDraft = { root: NoteName; quality: ChordQuality; extensions: string[]; bass?: NoteName | undefined; durationBeats: number };

const QUALITY_SYMBOLS = new Map(CHORD_QUALITIES.map((quality) => [quality, chordSymbol({ root: 'C', quality, extensions: [] }).slice(1) || 'maj']));

/** A modal chord picker: root, quality, optional extensions and bass note, length in beats (EDIT5). */
export function ChordDialog(props: {
  open: boolean;
  title: string;
  initial: ChordDraft;
  saveLabel: string;
  onSave(draft: ChordDraft): boolean;
  onDelete?: (() => void) | undefined;
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog ref={ref} className="editor-dialog chord-dialog" aria-labelledby={`${id}-title`} onCancel={props.onClose}>
      {props.open && <ChordForm {...props} titleId={`${id}-title`} />}
    </dialog>
  );
}

function ChordForm(props: Parameters<typeof ChordDialog>[0] & { titleId: string }) {
  const id = useId();
  const [root, setRoot] = useState(props.initial.root);
  const [quality, setQuality] = useState(props.initial.quality);
  const [extensions, setExtensions] = useState(props.initial.extensions.join(', '));
  const [bass, setBass] = useState<NoteName | undefined>(props.initial.bass);
  const [duration, setDuration] = useState(String(props.initial.durationBeats));
  const [errors, setErrors] = useState<{ extensions?: string; duration?: string }>({});

  const parsedExtensions = checkWith(
    ChordPatchSchema.shape.extensions.unwrap(),
    parseExtensions(extensions),
    'Extensions look like b9, #11, 13 or add11 (up to 6).',
  );
  const parsedDuration = checkWith(ChordPatchSchema.shape.durationBeats.unwrap(), parseWhole(duration), 'Length is 1 to 128 beats.');
  const preview = chordSymbol({ root, quality, extensions: parsedExtensions.ok ? parsedExtensions.value : [], bass });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!parsedExtensions.ok || !parsedDuration.ok) {
      setErrors({
        extensions: parsedExtensions.ok ? undefined : parsedExtensions.message,
        duration: parsedDuration.ok ? undefined : parsedDuration.message,
      });
      return;
    }
    props.onSave({ root, quality, extensions: parsedExtensions.value, bass, durationBeats: parsedDuration.value });
  }

  return (
    <form className="chord-form" onSubmit={handleSubmit} noValidate>
      <h2 id={props.titleId}>{props.title}</h2>
      <p className="chord-preview" aria-live="polite">
        <span className="visually-hidden">Chord: </span>
        <output>{preview}</output>
      </p>
      <div className="chord-fields">
        <div className="field">
          <label htmlFor={`${id}-root`}>Root</label>
          <select id={`${id}-root`} value={root} onChange={(event) => setRoot(noteNameOf(event.target.value) ?? root)} autoFocus>
            {NOTE_NAMES.map((note) => (
              <option key={note} value={note}>
                {note}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-quality`}>Quality</label>
          <select id={`${id}-quality`} value={quality} onChange={(event) => setQuality(chordQualityOf(event.target.value) ?? quality)}>
            {CHORD_QUALITIES.map((option) => (
              <option key={option} value={option}>
                {`${QUALITY_SYMBOLS.get(option)} · ${QUALITY_NAMES[option]}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-extensions`}>
            Extensions <span className="optional">(optional)</span>
          </label>
          <input
            id={`${id}-extensions`}
            value={extensions}
            placeholder="b9, #11"
            autoComplete="off"
            onChange={(event) => setExtensions(event.target.value)}
            aria-invalid={errors.extensions ? true : undefined}
            aria-describedby={errors.extensions ? `${id}-extensions-error` : undefined}
          />
          {errors.extensions && (
            <p id={`${id}-extensions-error`} className="field-error">
              {errors.extensions}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-bass`}>
            Bass note <span className="optional">(optional)</span>
          </label>
          <select id={`${id}-bass`} value={bass ?? ''} onChange={(event) => setBass(noteNameOf(event.target.value))}>
            <option value="">None</option>
            {NOTE_NAMES.map((note) => (
              <option key={note} value={note}>
                {`/${note}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>Length (beats)</label>
          <input
            id={`${id}-duration`}
            value={duration}
            inputMode="numeric"
            autoComplete="off"
            onChange={(event) => setDuration(event.target.value)}
            aria-invalid={errors.duration ? true : undefined}
            aria-describedby={errors.duration ? `${id}-duration-error` : undefined}
          />
          {errors.duration && (
            <p id={`${id}-duration-error`} className="field-error">
              {errors.duration}
            </p>
          )}
        </div>
      </div>
      <div className="editor-dialog-actions">
        {props.onDelete && (
          <button type="button" className="button button-danger-outline editor-dialog-action-start" onClick={props.onDelete}>
            Delete chord
          </button>
        )}
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {props.saveLabel}
        </button>
      </div>
    </form>
  );
}
