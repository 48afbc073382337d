import { useCallback } from 'react';
import { useEditorStatus } from './editor-status-store.ts';
import { libraryErrorMessage } from './library-error-message.ts';

/** Runs a write; a refused one (LibraryError) is reported in the editor status instead of crashing the page. */
export type GuardedWrite = <R>(write: () => R, announcement?: string) => { ok: true; value: R } | { ok: false };

export function useGuardedWrite(): GuardedWrite {
  const announce = useEditorStatus((state) => state.announce);
  const fail = useEditorStatus((state) => state.fail);
  return useCallback(
    <R,>(write: () => R, announcement?: string) => {
      try {
        const value = write();
        if (announcement !== undefined) announce(announcement);
        return { ok: true as const, value };
      } catch (error) {
        const message = libraryErrorMessage(error);
        if (message === null) throw error;
        fail(message);
        return { ok: false as const };
      }
    },
    [announce, fail],
  );
}
