import { useId } from 'react';
import { SUBDIVISIONS, type MetronomeSettings, type MetronomeSettingsPatch } from '../../lib/library-api.ts';
import { CLICK_SOUND_IDS, CLICK_SOUNDS } from '../metronome/click-sounds.ts';

const SUBDIVISION_LABELS: Readonly<Record<MetronomeSettings['subdivision'], string>> = {
  quarter: 'Beats only',
  eighth: 'Eighths',
  triplet: 'Triplets',
  sixteenth: 'Sixteenths',
};

/** Subdivisions, the click and accent sounds (MET14), volume, mute and visual-only mode. */
export function SoundControls(props: { settings: MetronomeSettings; disabled: boolean; onChange(patch: MetronomeSettingsPatch): void }) {
  const id = useId();
  const { settings, onChange } = props;
  const soundSelect = (which: 'clickSound' | 'accentSound', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select
        id={`${id}-${which}`}
        value={settings[which]}
        onChange={(event) => {
          const sound = CLICK_SOUND_IDS.find((candidate) => candidate === event.target.value);
          if (sound !== undefined) onChange({ [which]: sound });
        }}
      >
        {CLICK_SOUND_IDS.map((sound) => (
          <option key={sound} value={sound}>
            {CLICK_SOUNDS[sound].name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="sound-controls" disabled={props.disabled}>
      <legend>Sound</legend>
      <div className="field">
        <label htmlFor={`${id}-subdivision`}>Subdivision</label>
        <select
          id={`${id}-subdivision`}
          value={settings.subdivision}
          onChange={(event) => {
            const subdivision = SUBDIVISIONS.find((candidate) => candidate === event.target.value);
            if (subdivision !== undefined) onChange({ subdivision });
          }}
        >
          {SUBDIVISIONS.map((subdivision) => (
            <option key={subdivision} value={subdivision}>
              {SUBDIVISION_LABELS[subdivision]}
            </option>
          ))}
        </select>
      </div>
      {soundSelect('clickSound', 'Click sound')}
      {soundSelect('accentSound', 'Accent sound')}
      <div className="field">
        <label htmlFor={`${id}-volume`}>Volume</label>
        <input
          id={`${id}-volume`}
          type="range"
          min={0}
          max={100}
          value={Math.round(settings.volume * 100)}
          onChange={(event) => onChange({ volume: event.target.valueAsNumber / 100 })}
        />
      </div>
      <label className="choice">
        <input type="checkbox" checked={settings.muted} onChange={(event) => onChange({ muted: event.target.checked })} />
        Mute
      </label>
      <label className="choice">
        <input type="checkbox" checked={settings.visualOnly} onChange={(event) => onChange({ visualOnly: event.target.checked })} />
        Visual only (lights, no sound)
      </label>
    </fieldset>
  );
}
