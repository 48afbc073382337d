import { useId, useState } from 'react';
import { clampMetronomeBpm, METRONOME_BPM_MAX, METRONOME_BPM_MIN, TEMPO_PRESETS } from '../metronome/tempo-presets.ts';
import { EMPTY_TAP_TEMPO, recordTap, tapTempoBpm } from '../metronome/tap-tempo.ts';

/** Tempo: slider and number field (20–300), −/+ one, presets and tap tempo (MET11). */
export function BpmControl(props: { bpm: number; disabled: boolean; onChange(bpm: number): void }) {
  const id = useId();
  const [taps, setTaps] = useState(EMPTY_TAP_TEMPO);
  const [typed, setTyped] = useState<string | null>(null);
  const set = (bpm: number) => props.onChange(clampMetronomeBpm(bpm));
  const tap = () => {
    const next = recordTap(taps, performance.now());
    setTaps(next);
    const bpm = tapTempoBpm(next);
    if (bpm !== null) set(bpm);
  };
  return (
    <fieldset className="bpm-control" disabled={props.disabled}>
      <legend>Tempo</legend>
      <div className="bpm-row">
        <button type="button" className="button" onClick={() => set(props.bpm - 1)} aria-label="One bpm slower">
          −
        </button>
        <label className="bpm-number" htmlFor={`${id}-number`}>
          <input
            id={`${id}-number`}
            type="number"
            inputMode="numeric"
            min={METRONOME_BPM_MIN}
            max={METRONOME_BPM_MAX}
            value={typed ?? props.bpm}
            onChange={(event) => setTyped(event.target.value)}
            onBlur={() => {
              if (typed !== null && typed.trim() !== '') set(Number(typed));
              setTyped(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
          />
          <span>bpm</span>
        </label>
        <button type="button" className="button" onClick={() => set(props.bpm + 1)} aria-label="One bpm faster">
          +
        </button>
      </div>
      <label className="visually-hidden" htmlFor={`${id}-slider`}>
        Tempo slider
      </label>
      <input
        id={`${id}-slider`}
        className="bpm-slider"
        type="range"
        min={METRONOME_BPM_MIN}
        max={METRONOME_BPM_MAX}
        value={Math.min(METRONOME_BPM_MAX, props.bpm)}
        onChange={(event) => set(event.target.valueAsNumber)}
      />
      <div className="bpm-presets">
        {/* Pointer-down, not click: a tap counts when the finger lands, not when it lifts. */}
        <button
          type="button"
          className="button button-primary"
          onPointerDown={tap}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            if (!event.repeat) tap();
          }}
        >
          Tap tempo
        </button>
        <label className="visually-hidden" htmlFor={`${id}-preset`}>
          Tempo marking
        </label>
        <select
          id={`${id}-preset`}
          value=""
          onChange={(event) => {
            if (event.target.value !== '') set(Number(event.target.value));
          }}
        >
          <option value="">Tempo marking…</option>
          {TEMPO_PRESETS.map((preset) => (
            <option key={preset.name} value={preset.bpm}>
              {preset.name} ({preset.bpm})
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
