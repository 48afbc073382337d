import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { accountApi } from './account-api.ts';

/** Deletes the account for good, after an explicit confirmation and the password (or a recent sign-in). */
export function DeleteAccountForm(props: { hasPassword: boolean; onDeleted(): void }) {
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const submit = useAsyncAction(async (given: string | undefined) => {
    await accountApi.deleteAccount(given);
    props.onDeleted();
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCheckError(confirmed ? null : 'Tick the box to confirm.');
    if (confirmed) void submit.run(password === '' ? undefined : password);
  }

  return (
    <form className="account-form" onSubmit={handleSubmit} noValidate>
      <p>
        This deletes your account, your synced library and practice log, and signs you out everywhere. It cannot be undone.
        Download your data first if you want to keep it.
      </p>
      {props.hasPassword && (
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          hint="Not needed if you signed in within the last 10 minutes."
        />
      )}
      <label className="choice">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} aria-invalid={checkError ? true : undefined} />
        I understand that my account and synced data are deleted for good.
      </label>
      {checkError && <p className="field-error">{checkError}</p>}
      <FormAlert message={submit.error} />
      <div className="account-actions">
        <button type="submit" className="button button-danger" disabled={submit.pending}>
          {submit.pending ? 'Deleting…' : 'Delete account'}
        </button>
      </div>
    </form>
  );
}
