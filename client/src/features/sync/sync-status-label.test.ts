import { describe, expect, it } from 'vitest';
import { syncStatusLabel } from './sync-status-label.ts';
import { syncUrl } from './sync-url.ts';

const time = (at: number) => `t${at}`;

describe('sync status words', () => {
  it('CSYNC3: each status reads as the header shows it', () => {
    expect(syncStatusLabel({ kind: 'saved', at: 7 }, time)).toEqual({ text: 'Saved in cloud · t7', tone: 'ok' });
    expect(syncStatusLabel({ kind: 'syncing', pending: 3 }, time).text).toBe('Syncing · 3 pending');
    expect(syncStatusLabel({ kind: 'syncing', pending: 0 }, time).text).toBe('Syncing…');
    expect(syncStatusLabel({ kind: 'connecting', pending: 0 }, time).text).toBe('Connecting…');
    expect(syncStatusLabel({ kind: 'offline', pending: 1, unsaved: true }, time).text).toBe('Offline · 1 change waiting');
    expect(syncStatusLabel({ kind: 'offline', pending: 4, unsaved: true }, time).text).toBe('Offline · 4 changes waiting');
    expect(syncStatusLabel({ kind: 'offline', pending: 0, unsaved: true }, time).text).toBe('Offline · changes waiting');
    expect(syncStatusLabel({ kind: 'offline', pending: 0, unsaved: false }, time).text).toBe('Offline');
    expect(syncStatusLabel({ kind: 'signed-out', pending: 0 }, time)).toEqual({ text: 'Sign in to sync', tone: 'warning' });
    expect(syncStatusLabel({ kind: 'error', problem: { kind: 'too-large', fatal: true }, pending: 0 }, time).tone).toBe('warning');
  });

  it('CSYNC1: the socket goes to /sync on the page origin, wss on https', () => {
    expect(syncUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe('ws://127.0.0.1:4000/sync');
    expect(syncUrl({ protocol: 'https:', host: 'metmap.example' })).toBe('wss://metmap.example/sync');
  });
});
