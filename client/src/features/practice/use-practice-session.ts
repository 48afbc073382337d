import { useCallback, useEffect, useRef, useState } from 'react';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { usePracticeDoc } from '../../lib/use-practice-log.ts';
import { elapsedSeconds, HEARTBEAT_MS, sessionLockName } from './open-sessions.ts';
import {
  endPracticeSession,
  heartbeatPracticeSession,
  markSectionDone,
  startPracticeSession,
  type PracticeDocs,
  type SessionEnding,
} from './practice-session.ts';

export interface OpenSession {
  readonly id: string;
  readonly songId: string;
  readonly startedAt: number;
}

export interface PracticeSessionControls {
  readonly session: OpenSession | null;
  /** Sections marked done in this session, with how many times. */
  readonly doneCounts: ReadonlyMap<string, number>;
  /** Starts the session if none is open (first play or first "mark done"). */
  ensureStarted(): OpenSession;
  markDone(sectionId: string): void;
  end(ending: SessionEnding): void;
}

/** Holds a Web Lock named after the session until `release` is called: other tabs see it is alive. */
function holdSessionLock(sessionId: string): () => void {
  let release: () => void = () => undefined;
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return release;
  const held = new Promise<void>((resolve) => (release = resolve));
  navigator.locks.request(sessionLockName(sessionId), () => held).catch(() => undefined);
  return () => release();
}

/**
 * One practice session's life (PRA4–PRA7): logged open at the first play or "mark done", a
 * heartbeat every 15 s while open, ended with rating and notes; leaving the page (in-app or
 * closing the tab) ends it with its real duration, and if even that write is lost the heartbeat
 * lets the next start close it (PRA5).
 */
export function usePracticeSession(songId: string): PracticeSessionControls {
  const library = useLibraryDoc();
  const practice = usePracticeDoc();
  const docs: PracticeDocs = { library: library.doc, practice: practice.doc };
  const docsRef = useRef(docs);
  docsRef.current = docs;
  const [session, setSession] = useState<OpenSession | null>(null);
  const sessionRef = useRef<OpenSession | null>(null);
  const [doneCounts, setDoneCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const doneIds = useRef<string[]>([]);
  const releaseLock = useRef<(() => void) | null>(null);

  const close = useCallback((ending: SessionEnding) => {
    const open = sessionRef.current;
    if (open === null) return;
    sessionRef.current = null;
    endPracticeSession(docsRef.current, open, ending, Date.now());
    releaseLock.current?.();
    releaseLock.current = null;
    doneIds.current = [];
    setSession(null);
    setDoneCounts(new Map());
  }, []);

  const ensureStarted = useCallback((): OpenSession => {
    if (sessionRef.current !== null) return sessionRef.current;
    const startedAt = Date.now();
    const id = startPracticeSession(docsRef.current.practice, songId, startedAt);
    const open = { id, songId, startedAt };
    sessionRef.current = open;
    releaseLock.current = holdSessionLock(id);
    setSession(open);
    return open;
  }, [songId]);

  const markDone = useCallback(
    (sectionId: string) => {
      const open = ensureStarted();
      doneIds.current = markSectionDone(docsRef.current, open, sectionId, doneIds.current, Date.now());
      setDoneCounts((counts) => new Map(counts).set(sectionId, (counts.get(sectionId) ?? 0) + 1));
    },
    [ensureStarted],
  );

  // Heartbeat while open.
  useEffect(() => {
    if (session === null) return;
    const timer = setInterval(() => heartbeatPracticeSession(docsRef.current.practice, session.id, session.startedAt, Date.now()), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [session]);

  // Closing the tab or leaving the page ends the session with its real duration, no rating.
  useEffect(() => {
    const onPageHide = () => close({});
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      close({});
    };
  }, [close]);

  return { session, doneCounts, ensureStarted, markDone, end: close };
}

/** Seconds the open session has lasted, ticking once a second. */
export function useSessionSeconds(session: OpenSession | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (session === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [session]);
  return session === null ? 0 : elapsedSeconds(session.startedAt, now);
}
