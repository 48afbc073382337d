import { useDeferredValue, useMemo, useRef } from 'react';
import type { SongWithSections } from '../../lib/library-api.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { filterByTag, filterSongs } from './filter-songs.ts';
import { sortSongs } from './library-sort.ts';
import { startOfDay, tagCounts } from './library-stats.ts';
import { LibraryToolbar } from './library-toolbar.tsx';
import { useLibraryView } from './library-view-store.ts';
import { reuseCardModels, type SongCardModel } from './song-card-model.ts';
import { SongList } from './song-list.tsx';

/** The song list with its search, sort and tag filter. */
export function LibrarySongs(props: { songs: readonly SongWithSections[] }) {
  const query = useDeferredValue(useUiStore((state) => state.librarySearch));
  const { sort, tag } = useLibraryView();
  const tags = useMemo(() => tagCounts(props.songs), [props.songs]);
  // A tag no song carries any more (edited away, or on another tab) filters nothing.
  const activeTag = tag !== null && tags.some((entry) => entry.tag === tag) ? tag : null;
  const previousModels = useRef<ReadonlyMap<string, SongCardModel>>(new Map());
  const models = useMemo(() => {
    const next = reuseCardModels(props.songs, previousModels.current);
    previousModels.current = next;
    return next;
  }, [props.songs]);
  const visible = useMemo(() => {
    const sorted = sortSongs(filterByTag(filterSongs(props.songs, query), activeTag), sort);
    return sorted.flatMap((song) => models.get(song.id) ?? []);
  }, [props.songs, models, query, activeTag, sort]);
  const today = startOfDay(Date.now());
  const listKey = `${query.trim()}\u0000${activeTag ?? ''}\u0000${sort}`;

  return (
    <div className="library-songs">
      <LibraryToolbar tags={tags} />
      <p className="visually-hidden" role="status">
        {visible.length === props.songs.length ? `${visible.length} songs` : `${visible.length} of ${props.songs.length} songs shown`}
      </p>
      {visible.length === 0 ? (
        <p className="muted">{query.trim() === '' ? 'No song carries this tag.' : `No song matches “${query.trim()}”.`}</p>
      ) : (
        <SongList key={listKey} models={visible} today={today} />
      )}
    </div>
  );
}
