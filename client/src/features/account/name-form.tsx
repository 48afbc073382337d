import { useState, type FormEvent } from 'react';
import { UpdateAccountRequest } from '../../../../shared/auth/account-api.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useAsyncAction } from '../../lib/use-async-action.ts';
import { useSessionStore } from '../auth/session-store.ts';
import { accountApi } from './account-api.ts';

/** Changes the display name. */
export function NameForm(props: { name: string | null }) {
  const setUser = useSessionStore((s) => s.setUser);
  const [name, setName] = useState(props.name ?? '');
  const [saved, setSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = useAsyncAction(async (value: string) => {
    setUser(await accountApi.rename(value));
    setSaved(true);
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const parsed = UpdateAccountRequest.safeParse({ name });
    setFieldError(parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check the name.'));
    if (parsed.success) void submit.run(parsed.data.name);
  }

  return (
    <form className="account-form" onSubmit={handleSubmit} noValidate>
      <TextField label="Name" autoComplete="name" value={name} onChange={setName} error={fieldError} maxLength={100} />
      <FormAlert message={submit.error} />
      {saved && <FormAlert tone="success" message="Name saved." />}
      <div className="account-actions">
        <button type="submit" className="button" disabled={submit.pending}>
          Save name
        </button>
      </div>
    </form>
  );
}
