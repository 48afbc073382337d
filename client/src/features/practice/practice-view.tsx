import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../../config/paths.ts';
import type { Library, SongWithSections } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { useSchedulerSettings } from '../metronome-page/use-scheduler-settings.ts';
import { subdivisionOf } from '../metronome-page/scheduler-settings.ts';
import { useMetronome } from '../metronome/use-metronome.ts';
import { EndSessionForm } from './end-session-form.tsx';
import { focusAreas } from './focus-areas.ts';
import { formatTimer } from './open-sessions.ts';
import { PlayheadPanel } from './playhead-panel.tsx';
import { usePracticeOptions } from './practice-options-store.ts';
import { practiceLoop, type PracticeLoop } from './practice-plan.ts';
import type { SessionEnding } from './practice-session.ts';
import { SectionPads } from './section-pads.tsx';
import { TrainerControls } from './trainer-controls.tsx';
import { TransportControls } from './transport-controls.tsx';
import { usePlayhead } from '../metronome-page/use-playhead.ts';
import { usePracticeSession, useSessionSeconds } from './use-practice-session.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName));

/** Practice mode for one song: pads, loop on the metronome, playhead, trainer, session (PRA1–PRA8). */
export function PracticeView(props: { song: SongWithSections; library: Library }) {
  const { song, library } = props;
  const readOnly = library.compatibility === 'newer';
  const actions = useLibraryActions();
  const settings = library.metronome;
  const metronome = useMetronome(useSchedulerSettings(settings));
  const position = usePlayhead(metronome);
  const practice = usePracticeSession(song.id);
  const seconds = useSessionSeconds(practice.session);
  const { trainerOn, trainer, setTrainerOn, setTrainer } = usePracticeOptions();
  const focus = useMemo(() => focusAreas(song.sections), [song.sections]);
  const focusIds = useMemo(() => new Set(focus.map((section) => section.id)), [focus]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(focusIds));
  const [ending, setEnding] = useState(false);
  const [status, setStatus] = useState('');
  const loopRef = useRef<PracticeLoop | null>(null);
  const tempoReached = useRef<number | undefined>(undefined);
  const countInBeats = library.preferences.countInBeats;

  const loopFor = (overrides: { chosen?: ReadonlySet<string>; trainerOn?: boolean; countInBeats?: number } = {}) =>
    practiceLoop(song, overrides.chosen ?? chosen, {
      countInBeats: overrides.countInBeats ?? countInBeats,
      trainer: (overrides.trainerOn ?? trainerOn) ? trainer : null,
      subdivision: subdivisionOf(settings),
      accents: settings.accentPattern,
    });

  const play = (overrides: Parameters<typeof loopFor>[0] = {}) => {
    const loop = loopFor(overrides);
    if (loop === null) return metronome.stop();
    loopRef.current = loop;
    if (!readOnly) practice.ensureStarted();
    metronome.start(loop.plan);
    setStatus('Playing');
  };
  /** A change while playing restarts the loop with it (count-in included). */
  const restartIfPlaying = (overrides: Parameters<typeof loopFor>[0]) => {
    if (metronome.playing) play(overrides);
  };
  const stop = useCallback(() => {
    metronome.stop();
    setStatus('Stopped');
  }, [metronome]);

  const toggleSection = (sectionId: string) => {
    const next = new Set(chosen);
    if (!next.delete(sectionId)) next.add(sectionId);
    setChosen(next);
    restartIfPlaying({ chosen: next });
  };
  const choose = (ids: Iterable<string>) => {
    const next = new Set(ids);
    setChosen(next);
    restartIfPlaying({ chosen: next });
  };

  useEffect(() => {
    if (position?.phase === 'playing') tempoReached.current = Math.max(tempoReached.current ?? 0, Math.round(position.bpm));
  }, [position]);

  const playRef = useRef(play);
  playRef.current = play;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || isTyping(event.target)) return;
      event.preventDefault();
      if (metronome.playing) stop();
      else playRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [metronome.playing, stop]);

  const endSession = (details: SessionEnding) => {
    stop();
    const reached = tempoReached.current;
    practice.end({ ...details, tempoReached: reached !== undefined && reached >= 20 && reached <= 400 ? reached : undefined });
    tempoReached.current = undefined;
    setEnding(false);
    setStatus(`Session saved: ${formatTimer(seconds)}${details.rating === undefined ? '' : `, rated ${details.rating} of 5`}.`);
  };

  const playingSections = (loopRef.current?.sectionIndices ?? []).flatMap((index) => song.sections[index] ?? []);
  const playingSection = position?.phase === 'playing' ? (playingSections[position.sectionIndex] ?? null) : null;

  if (song.sections.length === 0) {
    return (
      <p>
        This song has no sections yet. <Link href={paths.song.href(song.id)}>Map it into sections</Link> to practise them on the
        metronome.
      </p>
    );
  }

  return (
    <div className="practice-view">
      <div className="session-bar">
        <p className="session-timer" role="timer" aria-label="Session time" data-testid="session-timer">
          {formatTimer(seconds)}
        </p>
        {practice.session !== null && !ending && (
          <button type="button" className="button" onClick={() => setEnding(true)}>
            End session
          </button>
        )}
      </div>
      {ending && <EndSessionForm onEnd={endSession} onCancel={() => setEnding(false)} />}
      <p className="visually-hidden" role="status">
        {status}
        {playingSection !== null ? ` ${playingSection.name}` : ''}
      </p>

      <PlayheadPanel position={position} timeline={metronome.timeline} sections={playingSections} />
      <TransportControls
        playing={metronome.playing}
        canPlay={chosen.size > 0}
        countInBeats={countInBeats}
        visualOnly={settings.visualOnly}
        muted={settings.muted}
        volume={settings.volume}
        readOnly={readOnly}
        onPlay={() => play()}
        onStop={stop}
        onCountIn={(beats) => {
          actions.setPreferences({ countInBeats: beats });
          restartIfPlaying({ countInBeats: beats });
        }}
        onSettings={(patch) => actions.setMetronomeSettings(patch)}
      />

      <section className="practice-sections" aria-labelledby="practice-sections-heading">
        <div className="practice-sections-head">
          <h2 id="practice-sections-heading">Sections</h2>
          <div className="practice-pick">
            <button type="button" className="button" onClick={() => choose(focusIds)}>
              Focus areas
            </button>
            <button type="button" className="button" onClick={() => choose(song.sections.map((section) => section.id))}>
              All
            </button>
            <button type="button" className="button" onClick={() => choose([])}>
              None
            </button>
          </div>
        </div>
        <p className="muted">Focus areas: {focus.map((section) => section.name).join(', ')} (lowest confidence).</p>
        <SectionPads
          sections={song.sections}
          chosen={chosen}
          focusIds={focusIds}
          doneCounts={practice.doneCounts}
          playingSectionId={playingSection?.id ?? null}
          disabled={readOnly}
          onToggle={toggleSection}
          onMarkDone={(section) => {
            practice.markDone(section.id);
            setStatus(`${section.name} marked done.`);
          }}
        />
      </section>

      <TrainerControls
        on={trainerOn}
        trainer={trainer}
        onToggle={(on) => {
          setTrainerOn(on);
          restartIfPlaying({ trainerOn: on });
        }}
        onChange={setTrainer}
      />
      <p>
        <Link href={paths.practiceLog.href()}>Practice log</Link>
      </p>
    </div>
  );
}
