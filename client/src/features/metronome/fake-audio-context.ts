import type { AudioContextLike, AudioNodeLike, AudioParamLike } from './audio-context-like.ts';
import type { StartInterval } from './interval-timer.ts';

/** Test double for Web Audio: records every node, connection, parameter change and start time. */

export interface ParamEvent {
  readonly kind: 'set' | 'linear' | 'exponential';
  readonly value: number;
  readonly time: number;
}

export class FakeAudioParam implements AudioParamLike {
  readonly events: ParamEvent[] = [];
  setValueAtTime(value: number, time: number): this {
    this.events.push({ kind: 'set', value, time });
    return this;
  }
  linearRampToValueAtTime(value: number, time: number): this {
    this.events.push({ kind: 'linear', value, time });
    return this;
  }
  exponentialRampToValueAtTime(value: number, time: number): this {
    this.events.push({ kind: 'exponential', value, time });
    return this;
  }
}

export class FakeNode implements AudioNodeLike {
  outputs: AudioNodeLike[] = [];
  disconnected = false;
  connect(destination: AudioNodeLike): AudioNodeLike {
    this.outputs.push(destination);
    return destination;
  }
  disconnect(): void {
    this.outputs = [];
    this.disconnected = true;
  }
}

export class FakeOscillator extends FakeNode {
  type: OscillatorType = 'sine';
  readonly frequency = new FakeAudioParam();
  startedAt: number | null = null;
  stoppedAt: number | null = null;
  /** The context's clock when the node was created, to check how far ahead it was scheduled. */
  readonly createdAt: number;
  constructor(createdAt: number) {
    super();
    this.createdAt = createdAt;
  }
  start(when: number): void {
    if (this.startedAt !== null) throw new Error('an oscillator can only start once');
    this.startedAt = when;
  }
  stop(when: number): void {
    this.stoppedAt = when;
  }
}

export class FakeGain extends FakeNode {
  readonly gain = new FakeAudioParam();
}

export class FakeAudioContext implements AudioContextLike {
  currentTime = 0;
  readonly destination = new FakeNode();
  readonly oscillators: FakeOscillator[] = [];
  readonly gains: FakeGain[] = [];
  createOscillator(): FakeOscillator {
    const oscillator = new FakeOscillator(this.currentTime);
    this.oscillators.push(oscillator);
    return oscillator;
  }
  createGain(): FakeGain {
    const gain = new FakeGain();
    this.gains.push(gain);
    return gain;
  }
  /** Whether sound from `node` reaches the destination through connected nodes. */
  reachesDestination(node: AudioNodeLike): boolean {
    if (node === this.destination) return true;
    return node instanceof FakeNode && node.outputs.some((output) => this.reachesDestination(output));
  }
}

/** A timer the test fires by hand. */
export class FakeInterval {
  callback: (() => void) | null = null;
  intervalMs = 0;
  starts = 0;
  readonly start: StartInterval = (callback, intervalMs) => {
    this.callback = callback;
    this.intervalMs = intervalMs;
    this.starts += 1;
    return () => {
      if (this.callback === callback) this.callback = null;
    };
  };
  fire(): void {
    this.callback?.();
  }
}
