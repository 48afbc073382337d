import type { SharedSong } from '../../../../shared/rest/share-api.ts';
import { chordsByBar } from './chords-by-bar.ts';

/** The sections of a shared song: name, type, bars and the chords bar by bar. */
export function SharedSongSections(props: { song: SharedSong }) {
  return (
    <ol className="shared-sections">
      {props.song.sections.map((section, index) => (
        <li key={index} className={`shared-section shared-section-${section.type}`}>
          <h2 className="shared-section-title">
            {section.name} <span className="muted">({section.type})</span>
          </h2>
          <p className="muted">
            {section.bars} {section.bars === 1 ? 'bar' : 'bars'} from bar {section.startBar}
            {section.bpm !== null && ` · ${section.bpm} bpm`}
            {section.timeSignature !== null && ` · ${section.timeSignature}`}
          </p>
          <ol className="shared-bars" aria-label={`Chords of ${section.name}, bar by bar`}>
            {chordsByBar(section).map((chords, bar) => (
              <li key={bar} className="shared-bar">
                <span className="shared-bar-number">{section.startBar + bar}</span>
                <span className="shared-bar-chords">{chords || '—'}</span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
