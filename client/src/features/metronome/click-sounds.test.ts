import { describe, expect, it } from 'vitest';
import { CLICK_SOUND_IDS, CLICK_SOUNDS, toneFor } from './click-sounds.ts';

describe('click sounds', () => {
  it('MET14: five sounds with their exact pitches and waveforms', () => {
    expect(CLICK_SOUND_IDS.map((id) => [id, CLICK_SOUNDS[id].beatHz, CLICK_SOUNDS[id].accentHz, CLICK_SOUNDS[id].waveform])).toEqual([
      ['classic', 800, 1000, 'sine'],
      ['wood', 1200, 1500, 'triangle'],
      ['electronic', 600, 900, 'square'],
      ['soft', 440, 660, 'sine'],
      ['bright', 1800, 2200, 'sawtooth'],
    ]);
  });

  it('MET14: accents use the accent sound’s high pitch, other clicks the click sound’s beat pitch', () => {
    const sounds = { click: 'wood', accent: 'bright' } as const;
    expect(toneFor(true, sounds)).toEqual({ frequency: 2200, waveform: 'sawtooth' });
    expect(toneFor(false, sounds)).toEqual({ frequency: 1200, waveform: 'triangle' });
  });
});
