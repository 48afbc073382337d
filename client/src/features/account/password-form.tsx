import { useState, type FormEvent } from 'react';
import { NewPassword } from '../../../../shared/auth/credentials.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { accountApi } from './account-api.ts';

/** Changes the password (or sets a first one on an account that signs in with a provider). */
export function PasswordForm(props: { hasPassword: boolean; onChanged(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ current?: string; next?: string }>({});
  const [done, setDone] = useState(false);
  const submit = useAsyncAction(async (currentPassword: string | undefined, newPassword: string) => {
    await accountApi.changePassword({ currentPassword, newPassword });
    setCurrent('');
    setNext('');
    setDone(true);
    props.onChanged();
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const errors: { current?: string; next?: string } = {};
    if (props.hasPassword && current === '') errors.current = 'Enter your current password.';
    const parsed = NewPassword.safeParse(next);
    if (!parsed.success) errors.next = parsed.error.issues[0]?.message ?? 'Choose another password.';
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) void submit.run(props.hasPassword ? current : undefined, next);
  }

  return (
    <form className="account-form" onSubmit={handleSubmit} noValidate>
      {props.hasPassword ? (
        <TextField label="Current password" type="password" autoComplete="current-password" value={current} onChange={setCurrent} error={fieldErrors.current} />
      ) : (
        <p className="muted">You sign in with a provider. You can also set a password, within 10 minutes of signing in.</p>
      )}
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        error={fieldErrors.next}
        hint="Your other devices will be signed out."
      />
      <FormAlert message={submit.error} />
      {done && <FormAlert tone="success" message="Password saved. Your other devices are signed out." />}
      <div className="account-actions">
        <button type="submit" className="button" disabled={submit.pending}>
          {props.hasPassword ? 'Change password' : 'Set password'}
        </button>
      </div>
    </form>
  );
}
