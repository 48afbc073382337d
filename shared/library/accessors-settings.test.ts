import { describe, expect, it } from 'vitest';
import { setMetronomeSettings, setPreferences } from './accessors-settings.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { MetronomeSettingsSchema, PreferencesSchema } from './schema-settings.ts';
import { T0, countUpdates, exchange, newDoc, replicaOf } from './test-support/docs.ts';

describe('settings accessors', () => {
  it('DOC13: a fresh document reads complete default settings', () => {
    const library = readLibrary(newDoc());
    expect(library.preferences).toEqual(PreferencesSchema.parse({}));
    expect(library.metronome).toEqual(MetronomeSettingsSchema.parse({}));
    expect(library.settingsUpdatedAt).toBeUndefined();
  });

  it('DOC13: setPreferences and setMetronomeSettings change only the given settings', () => {
    const doc = newDoc();
    setPreferences(doc, { theme: 'dark', playbackSpeed: 0.75 }, { now: T0 });
    setMetronomeSettings(doc, { bpm: 92, accentPattern: [1, 0, 0.7], clickSound: 'wood', latencyOffsetMs: -35 }, { now: T0 + 1 });
    const library = readLibrary(doc);
    expect(library.preferences).toMatchObject({ theme: 'dark', playbackSpeed: 0.75, countInBeats: 4 });
    expect(library.metronome).toMatchObject({ bpm: 92, accentPattern: [1, 0, 0.7], clickSound: 'wood', latencyOffsetMs: -35, beatsPerMeasure: 4 });
    expect(library.settingsUpdatedAt).toBe(T0 + 1);
    expect(countUpdates(doc, () => setPreferences(doc, { theme: 'dark' }))).toBe(0);
  });

  it.each([
    ['speed 3', () => setPreferences(newDoc(), { playbackSpeed: 3 })],
    ['unknown theme', () => setPreferences(newDoc(), { theme: 'blue' } as never)],
    ['bpm 401', () => setMetronomeSettings(newDoc(), { bpm: 401 })],
    ['17 beats', () => setMetronomeSettings(newDoc(), { beatsPerMeasure: 17 })],
    ['accent 1.5', () => setMetronomeSettings(newDoc(), { accentPattern: [1.5] })],
    ['latency 250', () => setMetronomeSettings(newDoc(), { latencyOffsetMs: 250 })],
    ['beat unit 3', () => setMetronomeSettings(newDoc(), { beatUnit: 3 } as never)],
  ])('DOC18: settings refuse %s', (_name, run) => {
    expect(run).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
  });

  it('DOC8: different settings changed on two replicas at once both survive', () => {
    const a = newDoc(1);
    setPreferences(a, { theme: 'light' });
    const b = replicaOf(a, 2);
    setPreferences(a, { theme: 'dark' });
    setPreferences(b, { countInBeats: 2 });
    setMetronomeSettings(b, { muted: true });
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(readLibrary(doc).preferences).toMatchObject({ theme: 'dark', countInBeats: 2 });
      expect(readLibrary(doc).metronome.muted).toBe(true);
    }
  });
});
