import { useId } from 'react';
import type { MetronomeSettingsPatch } from '../../lib/library-api.ts';

/** Start/stop, count-in length and how the clicks sound (shared with the metronome page's settings). */
export function TransportControls(props: {
  playing: boolean;
  canPlay: boolean;
  countInBeats: number;
  visualOnly: boolean;
  muted: boolean;
  volume: number;
  readOnly: boolean;
  onPlay(): void;
  onStop(): void;
  onCountIn(beats: number): void;
  onSettings(patch: MetronomeSettingsPatch): void;
}) {
  const id = useId();
  return (
    <div className="transport">
      <button
        type="button"
        className="button button-primary transport-play"
        onClick={props.playing ? props.onStop : props.onPlay}
        disabled={!props.playing && !props.canPlay}
        aria-keyshortcuts="Space"
      >
        {props.playing ? 'Stop' : 'Start'}
      </button>
      <div className="field">
        <label htmlFor={`${id}-count-in`}>Count-in</label>
        <select id={`${id}-count-in`} value={props.countInBeats} disabled={props.readOnly} onChange={(event) => props.onCountIn(Number(event.target.value))}>
          {[0, 1, 2, 3, 4, 6, 8].map((beats) => (
            <option key={beats} value={beats}>
              {beats === 0 ? 'None' : `${beats} beats`}
            </option>
          ))}
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" checked={props.visualOnly} disabled={props.readOnly} onChange={(event) => props.onSettings({ visualOnly: event.target.checked })} />
        Visual only (silent)
      </label>
      <label className="choice">
        <input type="checkbox" checked={props.muted} disabled={props.readOnly} onChange={(event) => props.onSettings({ muted: event.target.checked })} />
        Mute
      </label>
      <div className="field">
        <label htmlFor={`${id}-volume`}>Volume</label>
        <input
          id={`${id}-volume`}
          type="range"
          min={0}
          max={100}
          value={Math.round(props.volume * 100)}
          disabled={props.readOnly}
          onChange={(event) => props.onSettings({ volume: event.target.valueAsNumber / 100 })}
        />
      </div>
    </div>
  );
}
