import { Link } from 'wouter';
import { paths } from '../../config/paths.ts';
import { useLibrary } from '../../lib/use-library.ts';

/** Practice mode for one song (placeholder until the metronome and session log land). */
export function PracticePage(props: { songId: string }) {
  const song = useLibrary().songs.find((candidate) => candidate.id === props.songId);
  return (
    <section className="page" aria-labelledby="practice-heading">
      <title>Practice · MetMap</title>
      <p className="breadcrumb">
        <Link href={paths.song.href(props.songId)}>← {song?.title ?? 'Song'}</Link>
      </p>
      <h1 id="practice-heading">Practice</h1>
      {song !== undefined && <p className="muted">{song.title}</p>}
      <p>Section pads, the looping metronome and the session timer will live here.</p>
    </section>
  );
}
