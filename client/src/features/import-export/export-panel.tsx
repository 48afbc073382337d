import { useId, useState } from 'react';
import { readPracticeLog } from '../../lib/library-api.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { usePracticeDoc } from '../../lib/use-practice-log.ts';
import { buildLibraryExport, buildSongExport, exportFileName, serializeExport } from './build-export.ts';
import { downloadTextFile } from './download-file.ts';

/** Download the whole library (with settings and the practice log) or one song as JSON. */
export function ExportPanel() {
  const id = useId();
  const library = useLibrary();
  const practice = usePracticeDoc();
  const [songId, setSongId] = useState('');
  const [status, setStatus] = useState('');

  const exportLibrary = async () => {
    // The log is part of a full export: wait for it to load from the device first.
    await practice.whenOpened;
    const file = buildLibraryExport(library, readPracticeLog(practice.doc), Date.now());
    downloadTextFile(exportFileName(file), serializeExport(file));
    setStatus(`Exported ${library.songs.length === 1 ? '1 song' : `${library.songs.length} songs`}.`);
  };
  const exportSong = () => {
    const song = library.songs.find((candidate) => candidate.id === songId);
    if (song === undefined) return;
    const file = buildSongExport(song, Date.now());
    downloadTextFile(exportFileName(file), serializeExport(file));
    setStatus(`Exported “${song.title}”.`);
  };

  return (
    <section className="export-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Export</h2>
      <p className="muted">A JSON file you can keep as a backup or import on another device.</p>
      <button type="button" className="button button-primary" onClick={() => void exportLibrary()}>
        Export library
      </button>
      <div className="export-song">
        <div className="field">
          <label htmlFor={`${id}-song`}>One song</label>
          <select id={`${id}-song`} value={songId} onChange={(event) => setSongId(event.target.value)}>
            <option value="">Choose a song…</option>
            {library.songs.map((song) => (
              <option key={song.id} value={song.id}>
                {song.title}
                {song.artist === undefined ? '' : ` · ${song.artist}`}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={songId === ''} onClick={exportSong}>
          Export song
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
