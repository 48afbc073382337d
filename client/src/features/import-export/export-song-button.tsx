import { useLibrary } from '../../lib/use-library.ts';
import { buildSongExport, exportFileName, serializeExport } from './build-export.ts';
import { downloadTextFile } from './download-file.ts';

/** Downloads one song (sections, chords, tempo map) as a MetMap JSON file. For the song page. */
export function ExportSongButton(props: { songId: string; className?: string }) {
  const library = useLibrary();
  const song = library.songs.find((candidate) => candidate.id === props.songId);
  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      disabled={song === undefined}
      onClick={() => {
        if (song === undefined) return;
        const file = buildSongExport(song, Date.now());
        downloadTextFile(exportFileName(file), serializeExport(file));
      }}
    >
      Export song (JSON)
    </button>
  );
}
