import { chordSymbol, type Section } from '../../lib/library-api.ts';
import { chordIndexAt } from '../metronome/chord-at-playhead.ts';
import type { PlayheadPosition } from '../metronome/position-at.ts';
import type { Timeline } from '../metronome/timeline.ts';

/** The chord sounding at the playhead and the one after it, in the section being played. */
function chordsAt(section: Section, beatsPerBar: number, sectionBeat: number): { now: string | null; next: string | null } {
  const placed = section.chords.map((chord) => ({ bar: chord.bar, beat: chord.beat, duration: chord.durationBeats }));
  const index = chordIndexAt(placed, beatsPerBar, sectionBeat);
  const current = section.chords[index];
  const start = (chord: { bar: number; beat: number }) => (chord.bar - 1) * beatsPerBar + (chord.beat - 1);
  const upcoming = section.chords.find((chord) => start(chord) > sectionBeat);
  return { now: current === undefined ? null : chordSymbol(current), next: upcoming === undefined ? null : chordSymbol(upcoming) };
}

/** Where the loop is: section, bar of bars, beat lights, tempo, loop number and the chord under the playhead. */
export function PlayheadPanel(props: {
  position: PlayheadPosition | null;
  timeline: Timeline | null;
  /** The song section of each plan section. */
  sections: readonly Section[];
}) {
  const { position, timeline } = props;
  if (position === null || timeline === null) {
    return (
      <div className="playhead-panel" data-testid="playhead" data-phase="stopped">
        <p className="muted">Pick sections and press Start. The count-in plays first.</p>
      </div>
    );
  }
  const countIn = position.phase === 'count-in' || position.phase === 'pending';
  const meter = countIn ? timeline.countIn.meter : (timeline.sections[position.sectionIndex]?.meter ?? timeline.countIn.meter);
  const section = props.sections[position.sectionIndex];
  const chords = section === undefined || countIn ? { now: null, next: null } : chordsAt(section, meter.beatsPerBar, position.sectionBeat);
  const bars = timeline.sections[position.sectionIndex]?.bars ?? 0;
  return (
    <div className="playhead-panel" data-testid="playhead" data-phase={position.phase}>
      <p className="playhead-section">{countIn ? `Count-in: ${position.countInLeft}` : (section?.name ?? '')}</p>
      <dl className="playhead-figures">
        <div>
          <dt>Bar</dt>
          <dd data-testid="playhead-bar">{countIn ? '–' : `${position.bar} / ${bars}`}</dd>
        </div>
        <div>
          <dt>Beat</dt>
          <dd data-testid="playhead-beat">{position.beat}</dd>
        </div>
        <div>
          <dt>Tempo</dt>
          <dd>{Math.round(position.bpm)} bpm</dd>
        </div>
        <div>
          <dt>Loop</dt>
          <dd>
            {position.loopIndex + 1}
            {position.tempoPercent !== 100 && ` · ${Math.round(position.tempoPercent)} %`}
          </dd>
        </div>
      </dl>
      <ol className="beat-leds" aria-hidden="true">
        {Array.from({ length: meter.beatsPerBar }, (_, index) => (
          <li key={index} className="beat-led" data-on={index + 1 === position.beat || undefined} data-downbeat={index === 0 || undefined} />
        ))}
      </ol>
      <p className="playhead-chord" data-testid="playhead-chord">
        <span className="visually-hidden">Chord: </span>
        {chords.now ?? '–'}
        {chords.next !== null && <span className="playhead-next"> then {chords.next}</span>}
      </p>
    </div>
  );
}
