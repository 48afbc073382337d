import { memo } from 'react';
import { Link } from 'wouter';
import { paths } from '../../config/paths.ts';
import { formatConfidence, formatDuration, relativeTime } from './library-stats.ts';
import { SectionStrip } from './section-strip.tsx';
import type { SongCardModel } from './song-card-model.ts';

/** One song in the library list. Memoized: it re-renders only when its model or the day changes. */
export const SongCard = memo(function SongCard(props: { model: SongCardModel; today: number }) {
  const { model } = props;
  const sections = model.sectionCount === 1 ? '1 section' : `${model.sectionCount} sections`;
  return (
    <li className="song-card">
      <Link href={paths.song.href(model.id)} className="song-card-link">
        <span className="song-card-title">{model.title}</span>
        {model.artist !== undefined && <span className="song-card-artist">{model.artist}</span>}
        <span className="song-card-meta">
          <span>
            <span aria-hidden="true">★ </span>
            <span className="visually-hidden">average confidence </span>
            {formatConfidence(model.averageConfidence)}
          </span>
          <span>{sections}</span>
          <span>
            <span className="visually-hidden">duration </span>
            {formatDuration(model.durationSeconds)}
          </span>
          <span>{model.lastPracticedAt === undefined ? 'not practised yet' : `practised ${relativeTime(model.lastPracticedAt, props.today)}`}</span>
        </span>
        <SectionStrip segments={model.strip} />
        {model.tags.length > 0 && <span className="song-card-tags">{model.tags.map((tag) => `#${tag}`).join(' ')}</span>}
      </Link>
    </li>
  );
});
