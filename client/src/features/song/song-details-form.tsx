import { useId } from 'react';
import type { SongPatch, SongWithSections } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { CommitField, type CommitFieldProps } from './commit-field.tsx';
import { SONG_FIELDS, type SongFieldName, type SongFieldSpec } from './song-field-parsers.ts';
import { useGuardedWrite } from './use-guarded-write.ts';

const COMMON_METERS = ['4/4', '3/4', '2/4', '6/8', '12/8', '5/4', '7/8', '9/8'];
const COMMON_KEYS = ['C', 'G', 'D', 'A', 'E', 'F', 'Bb', 'Eb', 'Am', 'Em', 'Dm', 'Bm', 'Gm', 'Cm', 'F#m'];

type FieldLook = Omit<CommitFieldProps<unknown>, 'value' | 'parse' | 'onCommit'>;

/** Every song field, each written on its own when committed (EDIT1, EDIT2). */
export function SongDetailsForm(props: { song: SongWithSections; readOnly: boolean }) {
  const { song } = props;
  const actions = useLibraryActions();
  const write = useGuardedWrite();
  const id = useId();

  function field<F extends SongFieldName>(name: F, look: FieldLook) {
    const spec: SongFieldSpec<F> = SONG_FIELDS[name];
    return (
      <CommitField
        {...look}
        value={spec.format(song)}
        parse={spec.parse}
        onCommit={(value) => {
          const patch: SongPatch = { [name]: value };
          return write(() => actions.updateSong(song.id, patch)).ok;
        }}
      />
    );
  }

  return (
    <section className="editor-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Details</h2>
      <fieldset className="song-fields" disabled={props.readOnly}>
        {field('title', { label: 'Title', maxLength: 200, className: 'field-wide' })}
        {field('artist', { label: 'Artist', optional: true, maxLength: 200 })}
        {field('album', { label: 'Album', optional: true, maxLength: 200 })}
        {field('durationSeconds', { label: 'Duration', optional: true, hint: 'minutes:seconds', inputMode: 'numeric', placeholder: '3:30' })}
        {field('bpm', { label: 'Tempo (bpm)', optional: true, inputMode: 'decimal', placeholder: '120' })}
        {field('key', { label: 'Key', optional: true, list: `${id}-keys`, maxLength: 24, placeholder: 'Am' })}
        {field('timeSignature', { label: 'Time signature', list: `${id}-meters`, placeholder: '4/4' })}
        {field('tags', { label: 'Tags', optional: true, hint: 'Separate tags with commas', className: 'field-wide' })}
        {field('notes', { label: 'Notes', optional: true, multiline: true, className: 'field-wide' })}
      </fieldset>
      <datalist id={`${id}-meters`}>
        {COMMON_METERS.map((meter) => (
          <option key={meter} value={meter} />
        ))}
      </datalist>
      <datalist id={`${id}-keys`}>
        {COMMON_KEYS.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
    </section>
  );
}
