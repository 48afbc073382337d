import { useDeferredValue, useMemo } from 'react';
import { useUiStore } from '../../stores/ui-store.ts';
import { filterByTag, filterSongs } from './filter-songs.ts';
import { sortSongs } from './library-sort.ts';
import { startOfDay, tagCounts } from './library-stats.ts';
import { LibraryToolbar } from './library-toolbar.tsx';
import { useLibraryView } from './library-view-store.ts';
import type { SongCardModel } from './song-card-model.ts';
import { SongList } from './song-list.tsx';

/**
 * The song list with its search, sort and tag filter, drawn from card models: the live library's,
 * or the list cache's while the document loads (`source`, LF13).
 */
export function LibrarySongs(props: { models: readonly SongCardModel[]; source: 'live' | 'cache' }) {
  const { models } = props;
  const query = useDeferredValue(useUiStore((state) => state.librarySearch));
  const { sort, tag } = useLibraryView();
  const tags = useMemo(() => tagCounts(models), [models]);
  // A tag no song carries any more (edited away, or on another tab) filters nothing.
  const activeTag = tag !== null && tags.some((entry) => entry.tag === tag) ? tag : null;
  const visible = useMemo(() => sortSongs(filterByTag(filterSongs(models, query), activeTag), sort), [models, query, activeTag, sort]);
  const today = startOfDay(Date.now());
  const listKey = `${query.trim()}\u0000${activeTag ?? ''}\u0000${sort}`;

  return (
    <div className="library-songs">
      <LibraryToolbar tags={tags} />
      <p className="visually-hidden" role="status">
        {visible.length === models.length ? `${visible.length} songs` : `${visible.length} of ${models.length} songs shown`}
      </p>
      {visible.length === 0 ? (
        <p className="muted">{query.trim() === '' ? 'No song carries this tag.' : `No song matches “${query.trim()}”.`}</p>
      ) : (
        <SongList key={listKey} models={visible} today={today} source={props.source} />
      )}
    </div>
  );
}
