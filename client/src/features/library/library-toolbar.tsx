import { useUiStore } from '../../stores/ui-store.ts';
import { isLibrarySortId, LIBRARY_SORTS } from './library-sort.ts';
import type { TagCount } from './library-stats.ts';
import { useLibraryView } from './library-view-store.ts';

/** Search by title or artist, sort order and tag filter. */
export function LibraryToolbar(props: { tags: readonly TagCount[] }) {
  const query = useUiStore((state) => state.librarySearch);
  const setQuery = useUiStore((state) => state.setLibrarySearch);
  const { sort, tag, setSort, setTag } = useLibraryView();
  return (
    <div className="library-toolbar">
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
      <div className="field">
        <label htmlFor="library-sort">Sort by</label>
        <select
          id="library-sort"
          value={sort}
          onChange={(event) => {
            if (isLibrarySortId(event.target.value)) setSort(event.target.value);
          }}
        >
          {LIBRARY_SORTS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {props.tags.length > 0 && (
        <div className="field">
          <label htmlFor="library-tag">Tag</label>
          <select id="library-tag" value={tag ?? ''} onChange={(event) => setTag(event.target.value === '' ? null : event.target.value)}>
            <option value="">All tags</option>
            {props.tags.map((entry) => (
              <option key={entry.tag} value={entry.tag}>
                {entry.tag} ({entry.count})
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
