import type { AudioContextLike, AudioNodeLike } from './audio-context-like.ts';
import type { Tone } from './click-sounds.ts';

/** A click is a short percussive blip: 1 ms attack, exponential decay. */
export const CLICK_SECONDS = 0.05;
const ATTACK_SECONDS = 0.001;
// exponentialRamp cannot reach 0; this is inaudible.
const SILENCE = 0.0001;

/** Schedules one click (oscillator → envelope → destination) at audio time `when`. */
export function playClick(audio: AudioContextLike, destination: AudioNodeLike, tone: Tone, when: number, gain: number): void {
  const oscillator = audio.createOscillator();
  oscillator.type = tone.waveform;
  oscillator.frequency.setValueAtTime(tone.frequency, when);
  const envelope = audio.createGain();
  envelope.gain.setValueAtTime(0, when);
  envelope.gain.linearRampToValueAtTime(gain, when + ATTACK_SECONDS);
  envelope.gain.exponentialRampToValueAtTime(SILENCE, when + CLICK_SECONDS);
  oscillator.connect(envelope);
  envelope.connect(destination);
  oscillator.start(when);
  oscillator.stop(when + CLICK_SECONDS);
}
