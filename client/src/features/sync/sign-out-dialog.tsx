import { useEffect, useId, useRef, useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { useDeviceSession } from './device-session-context.tsx';
import { useHasUnsavedChanges } from './use-sync-status.ts';
import './sync.css';

export type SignOutDialogProps = {
  everywhere: boolean;
  /** The server call (sign out here, or everywhere). */
  signOutOnServer(): Promise<void>;
  onSignedOut(): void;
  onClose(): void;
};

/** CSYNC10: signing out asks whether to keep this device's copy of the account's library or remove it. */
export function SignOutDialog(props: SignOutDialogProps) {
  const device = useDeviceSession();
  const unsaved = useHasUnsavedChanges();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [removeCopy, setRemoveCopy] = useState(false);
  const signOut = useAsyncAction(async () => {
    await device.signOut({ removeCopy, signOutOnServer: props.signOutOnServer, onSignedOut: props.onSignedOut });
  });

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="sync-dialog" aria-labelledby={`${id}-heading`} onClose={props.onClose}>
      <h2 id={`${id}-heading`}>{props.everywhere ? 'Sign out everywhere' : 'Sign out'}</h2>
      <fieldset className="choice-group" disabled={signOut.pending}>
        <legend>Your library on this device</legend>
        <label className="choice">
          <input type="radio" name={`${id}-copy`} checked={!removeCopy} onChange={() => setRemoveCopy(false)} />
          Keep it on this device (ready when you sign in again)
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-copy`} checked={removeCopy} onChange={() => setRemoveCopy(true)} />
          Remove it from this device, in every open tab
        </label>
      </fieldset>
      <p className="muted">Your account keeps everything saved in the cloud either way.</p>
      {unsaved && (
        <p className="sync-dialog-warning" role="alert">
          Some changes are not saved in the cloud yet.{removeCopy ? ' Removing the copy now loses them.' : ' They sync when you sign in again.'}
        </p>
      )}
      <FormAlert message={signOut.error} />
      <div className="sync-dialog-actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={signOut.pending}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void signOut.run()} disabled={signOut.pending}>
          {signOut.pending ? 'Signing out…' : props.everywhere ? 'Sign out everywhere' : 'Sign out'}
        </button>
      </div>
    </dialog>
  );
}
