import { useEffect, useRef, useState } from 'react';
import { useDeviceSession, useSourceValue } from './device-session-context.tsx';
import type { GuestContent } from './guest-merge.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function describeContent(content: GuestContent): string {
  const parts = [content.songs > 0 ? plural(content.songs, 'song', 'songs') : null, content.sessions > 0 ? plural(content.sessions, 'practice session', 'practice sessions') : null];
  return parts.filter((part) => part !== null).join(' and ');
}

/** CSYNC7: after the first sign-in on a device with a guest library, asks whether to add it to the account. */
export function GuestMergeDialog() {
  const device = useDeviceSession();
  const offer = useSourceValue(device.mergeOffer);
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (offer !== null && !element.open) element.showModal();
    if (offer === null && element.open) element.close();
  }, [offer]);

  const answer = (merge: boolean) => {
    setBusy(true);
    void device.answerMergeOffer(merge).finally(() => setBusy(false));
  };

  return (
    <dialog
      ref={dialog}
      className="sync-dialog"
      aria-labelledby="guest-merge-heading"
      aria-describedby="guest-merge-text"
      // The question needs an answer: Escape does not dismiss it.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="guest-merge-heading">Add this device's library to your account?</h2>
      <div id="guest-merge-text">
        <p>
          Before you signed in, this device kept {offer === null ? 'a library' : describeContent(offer)} as a guest. Add them to your account to
          sync them with your other devices. They join what your account already has; a song on both (like the demo song) stays one song.
        </p>
        <p className="muted">If you keep them separate, they stay on this device and you see them again when you sign out.</p>
      </div>
      {offer?.failed === true && (
        <p className="field-error" role="alert">
          Your account's library was saved by a newer version of MetMap. Reload to update, then try again.
        </p>
      )}
      <div className="sync-dialog-actions">
        <button type="button" className="button" onClick={() => answer(false)} disabled={busy}>
          Keep them separate
        </button>
        <button type="button" className="button button-primary" onClick={() => answer(true)} disabled={busy} autoFocus>
          Add to my account
        </button>
      </div>
    </dialog>
  );
}
