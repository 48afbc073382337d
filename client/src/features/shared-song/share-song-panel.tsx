import { useCallback, useEffect, useState } from 'react';
import { SHARE_EXPIRIES, type ApiShareLink, type ShareExpiry } from '../../../../shared/rest/share-api.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { ApiError } from '../../lib/api-request.ts';
import { useSessionStore } from '../auth/session-store.ts';
import { sharedSongApi } from './shared-song-api.ts';
import './shared-song.css';

const EXPIRY_LABELS: Record<ShareExpiry, string> = { '1d': '1 day', '7d': '7 days', '30d': '30 days', never: 'Never' };

function describe(link: ApiShareLink): string {
  const created = new Date(link.createdAt).toLocaleDateString();
  if (link.status === 'revoked') return `Created ${created}, revoked`;
  if (link.status === 'expired') return `Created ${created}, expired`;
  return link.expiresAt === null ? `Created ${created}, never expires` : `Created ${created}, expires ${new Date(link.expiresAt).toLocaleString()}`;
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'This song has not reached your account yet. Wait until it is saved, then try again.';
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

/**
 * Share dialog for the song page (signed-in users): make a read-only link (1, 7 or 30 days, or
 * never), see the song's links and revoke them. The link's address is shown once, when it is made.
 */
export function ShareSongPanel(props: { songId: string }) {
  const signedIn = useSessionStore((s) => s.status === 'signed-in');
  const [open, setOpen] = useState(false);
  const [links, setLinks] = useState<ApiShareLink[] | null>(null);
  const [expiresIn, setExpiresIn] = useState<ShareExpiry>('7d');
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(() => {
    sharedSongApi.links(props.songId).then(setLinks, (error: unknown) => setProblem(messageOf(error)));
  }, [props.songId]);
  useEffect(() => {
    if (open && signedIn) reload();
  }, [open, signedIn, reload]);

  if (!signedIn) return null;
  const create = async () => {
    setProblem(null);
    try {
      const created = await sharedSongApi.create(props.songId, expiresIn);
      setNewUrl(created.url);
      reload();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const revoke = async (id: string) => {
    setProblem(null);
    try {
      await sharedSongApi.revoke(id);
      reload();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  return (
    <details className="share-song" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Share a read-only link</summary>
      <p className="muted">People with the link see the title, artist, tempo, key, meter and the sections with their chords — not your notes, confidence or practice.</p>
      <p className="share-link-row">
        <label>
          Expires after{' '}
          <select value={expiresIn} onChange={(event) => setExpiresIn(SHARE_EXPIRIES.find((e) => e === event.target.value) ?? '7d')}>
            {SHARE_EXPIRIES.map((expiry) => (
              <option key={expiry} value={expiry}>
                {EXPIRY_LABELS[expiry]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void create()}>
          Create link
        </button>
      </p>
      {newUrl !== null && (
        <p className="share-new-url" role="status">
          New link (copy it now, it is shown only once): <a href={newUrl}>{newUrl}</a>
        </p>
      )}
      <FormAlert message={problem} />
      {links !== null && links.length > 0 && (
        <ul className="share-links" aria-label="Links to this song">
          {links.map((link) => (
            <li key={link.id} className="share-link-row">
              <span>{describe(link)}</span>
              {link.status === 'active' && (
                <button type="button" className="button" onClick={() => void revoke(link.id)}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
