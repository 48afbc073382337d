import type { SongCardModel } from './song-card-model.ts';
import { SongCard } from './song-card.tsx';
import { useProgressiveCount } from './use-progressive-count.ts';

/** The song cards, rendered in chunks so a long library paints its first screen quickly. */
export function SongList(props: { models: readonly SongCardModel[]; today: number; source: 'live' | 'cache' }) {
  const count = useProgressiveCount(props.models.length);
  return (
    // data-source: the list cache's cards until the document has loaded (LF13; tests and bench:client read it).
    <ul className="song-list" aria-label="Songs" aria-busy={count < props.models.length || props.source === 'cache'} data-source={props.source}>
      {props.models.slice(0, count).map((model) => (
        <SongCard key={model.id} model={model} today={props.today} />
      ))}
    </ul>
  );
}
