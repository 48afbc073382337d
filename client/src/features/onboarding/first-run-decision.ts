import type { FirstRunFlags } from './first-run-flags.ts';

export interface FirstRunInput {
  readonly flags: FirstRunFlags;
  /** Storage has loaded what this device kept (not opening, not memory-only). */
  readonly storageReady: boolean;
  readonly writable: boolean;
  /** Live plus recently deleted songs: a deleted demo must not come back. */
  readonly songCount: number;
}

export type FirstRunAction = 'wait' | 'none' | 'create-demo' | 'mark-returning';

/**
 * ONB1–ONB3: decide once per device, only after storage has loaded. An empty library gets the demo
 * song and the tour; a library that already has songs is a returning user and gets neither. In
 * memory-only mode nothing is decided (the demo could not be kept, and stored songs may still arrive).
 */
export function firstRunAction(input: FirstRunInput): FirstRunAction {
  if (input.flags.decided) return 'none';
  if (!input.storageReady || !input.writable) return 'wait';
  return input.songCount === 0 ? 'create-demo' : 'mark-returning';
}
