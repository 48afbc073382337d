import type { SongWithSections } from '../../lib/library-api.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { filterSongs } from './filter-songs.ts';
import { SongList } from './song-list.tsx';

/** The song list with its search box. */
export function LibrarySongs(props: { songs: readonly SongWithSections[] }) {
  const query = useUiStore((state) => state.librarySearch);
  const setQuery = useUiStore((state) => state.setLibrarySearch);
  const visible = filterSongs(props.songs, query);
  return (
    <div className="library-songs">
      <div className="field library-search">
        <label htmlFor="library-search">Search songs</label>
        <input
          id="library-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Title or artist"
          autoComplete="off"
        />
      </div>
      {visible.length === 0 ? (
        <p className="muted">No song matches “{query.trim()}”.</p>
      ) : (
        <SongList songs={visible} />
      )}
    </div>
  );
}
