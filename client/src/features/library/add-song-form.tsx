import { useId, useRef, useState, type FormEvent } from 'react';
import { isLibraryError, LIBRARY_ERROR } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';

/**
 * Adds a song with a title (required) and an artist (optional), then gets ready for the next one.
 * Disabled while `readOnly`, and while the library is opening (the list may be the cache's, LF13),
 * described then by the page's note `openingNoteId`.
 */
export function AddSongForm(props: { readOnly: boolean; openingNoteId: string | null }) {
  const { createSong } = useLibraryActions();
  const [title, setTitle] = useState('');
  const [artist, setArtist] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cleanTitle = title.trim();
    if (cleanTitle === '') {
      setError('Give the song a title.');
      titleRef.current?.focus();
      return;
    }
    const cleanArtist = artist.trim();
    try {
      createSong({ title: cleanTitle, artist: cleanArtist === '' ? undefined : cleanArtist });
    } catch (caught) {
      setError(describeCreateError(caught));
      return;
    }
    setTitle('');
    setArtist('');
    setError(null);
    setAnnouncement(`Added “${cleanTitle}”.`);
    titleRef.current?.focus();
  }

  return (
    <form className="add-song-form" aria-labelledby={`${id}-heading`} onSubmit={handleSubmit} noValidate>
      <h2 id={`${id}-heading`}>Add song</h2>
      {/* A library written by a newer MetMap is read-only: this version must not write into it. */}
      <fieldset className="add-song-fields" disabled={props.readOnly || props.openingNoteId !== null} aria-describedby={props.openingNoteId ?? undefined}>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            ref={titleRef}
            name="title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            required
            aria-invalid={error !== null}
            aria-describedby={error !== null ? `${id}-error` : undefined}
            autoComplete="off"
            maxLength={200}
          />
          {error !== null && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-artist`}>
            Artist <span className="optional">(optional)</span>
          </label>
          <input
            id={`${id}-artist`}
            name="artist"
            value={artist}
            onChange={(event) => setArtist(event.target.value)}
            autoComplete="off"
            maxLength={200}
          />
        </div>
        <button type="submit" className="button button-primary">
          Add song
        </button>
      </fieldset>

      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  );
}

function describeCreateError(error: unknown): string {
  if (isLibraryError(error, LIBRARY_ERROR.newerSchema)) return 'This library was saved by a newer MetMap. Reload to edit it.';
  if (isLibraryError(error, LIBRARY_ERROR.invalidInput)) return 'This song cannot be saved: check the title and artist.';
  throw error;
}
