import { Link } from 'wouter';
import { paths } from '../../config/paths.ts';
import type { SongWithSections } from '../../lib/library-api.ts';

/** One card per song, linking to its page. */
export function SongList(props: { songs: readonly SongWithSections[] }) {
  return (
    <ul className="song-list" aria-label="Songs">
      {props.songs.map((song) => (
        <li key={song.id} className="song-card">
          <Link href={paths.song.href(song.id)} className="song-card-link">
            <span className="song-card-title">{song.title}</span>
            {song.artist !== undefined && <span className="song-card-artist">{song.artist}</span>}
            <span className="song-card-meta">{sectionCount(song.sections.length)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function sectionCount(count: number): string {
  return count === 1 ? '1 section' : `${count} sections`;
}
