import { Document } from '@hocuspocus/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopAwarenessSweep } from './awareness-sweep.ts';

afterEach(() => void vi.useRealTimers());

describe('awareness sweep', () => {
  it('SYNC16: a loaded document runs no awareness timer, and its awareness still answers (empty)', () => {
    vi.useFakeTimers();
    const document = new Document('library:0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b');
    const withSweep = vi.getTimerCount();
    expect(withSweep).toBeGreaterThan(0);
    stopAwarenessSweep(document);
    expect(vi.getTimerCount()).toBe(withSweep - 1);
    vi.advanceTimersByTime(60_000);
    expect(document.hasAwarenessStates()).toBe(false);
    document.destroy();
  });
});
