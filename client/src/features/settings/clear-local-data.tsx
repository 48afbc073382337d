import { useRef, useState } from 'react';
import { clearLocalData } from '../../lib/local-data.ts';
import { openDocHandles } from '../../lib/open-docs.ts';

/**
 * Deletes everything MetMap keeps in this browser after a confirmation. Every open tab resets
 * too (they hear it on the local-data channel); this one reloads when the deletion is done.
 */
export function ClearLocalData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<{ phase: 'idle' | 'clearing' } | { phase: 'failed'; message: string }>({ phase: 'idle' });

  async function clear() {
    setState({ phase: 'clearing' });
    try {
      // Every document this tab opened (the practice log, an account's copy) must close before deletion.
      await clearLocalData({ handles: openDocHandles() });
      window.location.reload();
    } catch (error) {
      dialog.current?.close();
      const reason = error instanceof Error ? error.message : 'unknown error';
      setState({ phase: 'failed', message: `Local data could not be deleted (${reason}). Close other MetMap tabs and try again.` });
    }
  }

  return (
    <section className="settings-section settings-danger" aria-labelledby="clear-heading">
      <h2 id="clear-heading">Clear local data</h2>
      <p>
        Deletes the library, practice log and settings stored in this browser, in every open MetMap tab. There is no undo:
        export your library first if you want to keep it.
      </p>
      {state.phase === 'failed' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      <button type="button" className="button button-danger" onClick={() => dialog.current?.showModal()}>
        Clear local data…
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="clear-confirm-heading" aria-describedby="clear-confirm-text">
        <h2 id="clear-confirm-heading">Delete everything on this device?</h2>
        <p id="clear-confirm-text">Your songs, practice log and settings will be removed from this browser, in every tab.</p>
        <div className="dialog-actions">
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()} disabled={state.phase === 'clearing'}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => void clear()} disabled={state.phase === 'clearing'}>
            {state.phase === 'clearing' ? 'Deleting…' : 'Delete local data'}
          </button>
        </div>
      </dialog>
    </section>
  );
}
