import { describe, expect, it } from 'vitest';
import { createStorageStatus } from './storage-status.ts';

describe('storage status', () => {
  it('starts opening, notifies on change, and lets a late open recover from a timeout', () => {
    const status = createStorageStatus();
    let notified = 0;
    status.subscribe(() => (notified += 1));
    expect(status.get()).toEqual({ state: 'opening' });

    status.set({ state: 'memory-only', reason: 'timeout' });
    status.set({ state: 'ready' });
    expect(status.get()).toEqual({ state: 'ready' });
    expect(notified).toBe(2);
  });

  it('keeps a failed open final', () => {
    const status = createStorageStatus();
    status.set({ state: 'memory-only', reason: 'failed' });
    status.set({ state: 'ready' });
    expect(status.get()).toEqual({ state: 'memory-only', reason: 'failed' });
  });
});
