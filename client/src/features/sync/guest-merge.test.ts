import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPracticeSession, createSong, readLibrary, readPracticeLog } from '../../lib/library-api.ts';
import {
  guestContent,
  guestState,
  mergeGuestIntoAccount,
  readGuestMergeDecision,
  shouldOfferGuestMerge,
  writeGuestMergeDecision,
} from './guest-merge.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-000000000001';
const T0 = Date.UTC(2026, 0, 1);

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

function guest() {
  return { library: new Y.Doc(), practice: new Y.Doc() };
}

describe('guest library on first sign-in', () => {
  it('CSYNC7: an empty guest library is never offered; a non-empty one is, until the answer covers its state', () => {
    const docs = guest();
    const ask = (decision: ReturnType<typeof readGuestMergeDecision>) =>
      shouldOfferGuestMerge({ content: guestContent(docs.library, docs.practice), state: guestState(docs.library, docs.practice), decision });
    expect(ask(null)).toBe(false);

    createSong(docs.library, { id: SONG, title: 'As a guest' }, { now: T0 });
    expect(guestContent(docs.library, docs.practice)).toEqual({ songs: 1, sessions: 0 });
    expect(ask(null)).toBe(true);

    const storage = memoryStorage();
    writeGuestMergeDecision({ outcome: 'kept-aside', ...guestState(docs.library, docs.practice) }, storage);
    const decision = readGuestMergeDecision(storage);
    expect(decision?.outcome).toBe('kept-aside');
    expect(ask(decision)).toBe(false);

    // New guest work after the answer (e.g. signed out, kept practising) is asked about again.
    createPracticeSession(docs.practice, { songId: SONG, startedAt: T0 }, { now: T0 });
    expect(ask(decision)).toBe(true);
  });

  it('CSYNC7: a damaged stored decision reads as none (the question comes again)', () => {
    const storage = memoryStorage();
    storage.setItem('metmap:guest-merge', '{"outcome":"merged","library":"@@","practice":""}');
    expect(readGuestMergeDecision(storage)).toBeNull();
    storage.setItem('metmap:guest-merge', 'not json');
    expect(readGuestMergeDecision(storage)).toBeNull();
    expect(readGuestMergeDecision(null)).toBeNull();
  });

  it('CSYNC8: both guest documents merge into the account\'s, keeping what the account had', () => {
    const docs = guest();
    createSong(docs.library, { id: SONG, title: 'As a guest' }, { now: T0 });
    createPracticeSession(docs.practice, { songId: SONG, startedAt: T0 }, { now: T0 });
    const account = { library: new Y.Doc(), practice: new Y.Doc() };
    createSong(account.library, { title: 'Already in the account' }, { now: T0 });

    const result = mergeGuestIntoAccount({
      guestLibrary: docs.library,
      guestPractice: docs.practice,
      accountLibrary: account.library,
      accountPractice: account.practice,
    });
    expect(result).toEqual({ library: { kind: 'merged', changed: true }, practice: { kind: 'merged', changed: true } });
    expect(readLibrary(account.library).songs.map((song) => song.title).sort()).toEqual(['Already in the account', 'As a guest']);
    expect(readPracticeLog(account.practice).sessions).toHaveLength(1);
  });
});
