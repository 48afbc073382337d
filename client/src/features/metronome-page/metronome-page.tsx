import { useCallback, useEffect, useRef, useState } from 'react';
import { useLibrary } from '../../lib/use-library.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import type { MetronomeSettingsPatch } from '../../lib/library-api.ts';
import { useMetronome } from '../metronome/use-metronome.ts';
import { AccentEditor } from './accent-editor.tsx';
import { BpmControl } from './bpm-control.tsx';
import { LatencyCalibrationPanel } from './latency-calibration-panel.tsx';
import { MeterControl } from './meter-control.tsx';
import { accentsOf, meterOf, meterPatch, standalonePlan } from './metronome-model.ts';
import './metronome-page.css';
import { SoundControls } from './sound-controls.tsx';
import { usePlayhead } from './use-playhead.ts';
import { useSchedulerSettings } from './use-scheduler-settings.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName));

/** The standalone metronome; every setting is kept in the document (so it syncs later). */
export function MetronomePage() {
  const library = useLibrary();
  const settings = library.metronome;
  const readOnly = library.compatibility === 'newer';
  const { setMetronomeSettings } = useLibraryActions();
  const metronome = useMetronome(useSchedulerSettings(settings));
  const position = usePlayhead(metronome);
  /** What is playing: the metronome itself, or the calibration clicks. */
  const [mode, setMode] = useState<'metronome' | 'calibration' | null>(null);
  const playing = metronome.playing && mode === 'metronome';

  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const change = (patch: MetronomeSettingsPatch) => {
    setMetronomeSettings(patch);
    // Restart on the new bar straight away (tempo, meter, accents, subdivision change the plan).
    if (playing && ('bpm' in patch || 'beatsPerMeasure' in patch || 'accentPattern' in patch || 'subdivision' in patch)) {
      metronome.start(standalonePlan({ ...settingsRef.current, ...patch }));
    }
  };
  const start = () => {
    metronome.start(standalonePlan(settingsRef.current));
    setMode('metronome');
  };
  const { stop: stopMetronome } = metronome;
  const stop = useCallback(() => {
    stopMetronome();
    setMode(null);
  }, [stopMetronome]);

  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.repeat || isTyping(event.target)) return;
      event.preventDefault();
      if (playing) stop();
      else startRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [playing, stop]);

  const meter = meterOf(settings);
  const currentBeat = playing && position !== null && position.phase === 'playing' ? position.beat : null;
  return (
    <section className="page metronome-page" aria-labelledby="metronome-heading">
      <title>Metronome · MetMap</title>
      <h1 id="metronome-heading">Metronome</h1>
      <div className="metronome-main">
        <p className="metronome-readout" aria-live="off">
          <span className="metronome-bpm">{settings.bpm}</span> bpm · {meter.beatsPerBar}/{meter.beatUnit}
        </p>
        <button type="button" className="button button-primary metronome-play" onClick={playing ? stop : start} aria-keyshortcuts="Space">
          {playing ? 'Stop' : 'Start'}
        </button>
      </div>
      <AccentEditor
        meter={meter}
        accents={accentsOf(settings)}
        currentBeat={currentBeat}
        disabled={readOnly}
        onChange={(accentPattern) => change({ accentPattern })}
      />
      <BpmControl bpm={settings.bpm} disabled={readOnly} onChange={(bpm) => change({ bpm })} />
      <MeterControl
        beatsPerMeasure={settings.beatsPerMeasure}
        beatUnit={settings.beatUnit}
        disabled={readOnly}
        onChange={(beats, unit) => change(meterPatch(beats, unit))}
      />
      <SoundControls settings={settings} disabled={readOnly} onChange={change} />
      <LatencyCalibrationPanel
        offsetMs={settings.latencyOffsetMs}
        disabled={readOnly || playing}
        silent={settings.muted || settings.visualOnly}
        playheadTime={metronome.playheadTime}
        start={(plan) => {
          metronome.start(plan);
          setMode('calibration');
        }}
        stop={stop}
        onSave={(latencyOffsetMs) => change({ latencyOffsetMs })}
      />
    </section>
  );
}
