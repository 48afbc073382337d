/** MET14: the five click sounds as data; the audio layer turns them into oscillators. */

export type ClickSoundId = 'classic' | 'wood' | 'electronic' | 'soft' | 'bright';
export type ClickWaveform = 'sine' | 'triangle' | 'square' | 'sawtooth';

export interface ClickSound {
  readonly id: ClickSoundId;
  readonly name: string;
  readonly waveform: ClickWaveform;
  readonly beatHz: number;
  readonly accentHz: number;
}

export const CLICK_SOUNDS: Readonly<Record<ClickSoundId, ClickSound>> = {
  classic: { id: 'classic', name: 'Classic', waveform: 'sine', beatHz: 800, accentHz: 1000 },
  wood: { id: 'wood', name: 'Wood', waveform: 'triangle', beatHz: 1200, accentHz: 1500 },
  electronic: { id: 'electronic', name: 'Electronic', waveform: 'square', beatHz: 600, accentHz: 900 },
  soft: { id: 'soft', name: 'Soft', waveform: 'sine', beatHz: 440, accentHz: 660 },
  bright: { id: 'bright', name: 'Bright', waveform: 'sawtooth', beatHz: 1800, accentHz: 2200 },
};

export const CLICK_SOUND_IDS: readonly ClickSoundId[] = ['classic', 'wood', 'electronic', 'soft', 'bright'];

/** Which sound plays ordinary clicks and which plays accents (the user picks both). */
export interface SoundChoice {
  readonly click: ClickSoundId;
  readonly accent: ClickSoundId;
}

export const DEFAULT_SOUNDS: SoundChoice = { click: 'classic', accent: 'classic' };

export interface Tone {
  readonly frequency: number;
  readonly waveform: ClickWaveform;
}

/** The tone for a click: accents use the accent sound's high pitch, everything else the click sound's beat pitch. */
export function toneFor(isAccent: boolean, sounds: SoundChoice): Tone {
  if (isAccent) {
    const sound = CLICK_SOUNDS[sounds.accent];
    return { frequency: sound.accentHz, waveform: sound.waveform };
  }
  const sound = CLICK_SOUNDS[sounds.click];
  return { frequency: sound.beatHz, waveform: sound.waveform };
}
