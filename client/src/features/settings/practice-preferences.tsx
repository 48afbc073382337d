import { useId } from 'react';
import type { PreferencesPatch } from '../../lib/library-api.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { useLibraryReadOnly } from '../../lib/use-read-only.ts';
import { NumberSetting } from './number-setting.tsx';

const SPEEDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2];

/** Practice defaults: playback speed, pre/post-roll, auto-loop, timestamps and count-in. */
export function PracticePreferences() {
  const { preferences } = useLibrary();
  const { setPreferences } = useLibraryActions();
  const readOnly = useLibraryReadOnly();
  const id = useId();
  const save = (patch: PreferencesPatch) => setPreferences(patch);
  // A speed set elsewhere (another device, an import) stays selectable.
  const speeds = SPEEDS.includes(preferences.playbackSpeed) ? SPEEDS : [...SPEEDS, preferences.playbackSpeed].sort((a, b) => a - b);
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Practice</h2>
      <fieldset className="settings-fields" disabled={readOnly}>
        <legend className="visually-hidden">Practice preferences</legend>
        <div className="field">
          <label htmlFor={`${id}-speed`}>Playback speed</label>
          <select
            id={`${id}-speed`}
            value={preferences.playbackSpeed}
            onChange={(event) => save({ playbackSpeed: Number(event.target.value) })}
          >
            {speeds.map((speed) => (
              <option key={speed} value={speed}>
                {Math.round(speed * 100)}%
              </option>
            ))}
          </select>
        </div>
        <NumberSetting
          label="Count-in beats"
          hint="Clicks before a loop starts."
          value={preferences.countInBeats}
          min={0}
          max={16}
          step={1}
          onCommit={(countInBeats) => save({ countInBeats })}
        />
        <NumberSetting
          label="Pre-roll (seconds)"
          hint="Starts playback this much before the selection."
          value={preferences.preRollSeconds}
          min={0}
          max={30}
          step={0.5}
          onCommit={(preRollSeconds) => save({ preRollSeconds })}
        />
        <NumberSetting
          label="Post-roll (seconds)"
          hint="Keeps playing this much after the selection."
          value={preferences.postRollSeconds}
          min={0}
          max={30}
          step={0.5}
          onCommit={(postRollSeconds) => save({ postRollSeconds })}
        />
        <label className="choice">
          <input type="checkbox" checked={preferences.autoLoop} onChange={(event) => save({ autoLoop: event.target.checked })} />
          Loop the selection automatically
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={preferences.showTimestamps}
            onChange={(event) => save({ showTimestamps: event.target.checked })}
          />
          Show timestamps
        </label>
      </fieldset>
    </section>
  );
}
