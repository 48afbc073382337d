import { useEffect, useState } from 'react';
import type { SharedSong } from '../../../../shared/rest/share-api.ts';
import { ApiError } from '../../lib/api-request.ts';
import { sharedSongApi } from './shared-song-api.ts';

export type SharedSongState =
  | { kind: 'loading' }
  | { kind: 'ready'; song: SharedSong }
  /** 410: expired, revoked, or the song was deleted. */
  | { kind: 'gone' }
  | { kind: 'not-found' }
  | { kind: 'failed'; message: string };

/** Loads the song behind a share link. */
export function useSharedSong(token: string): SharedSongState {
  const [state, setState] = useState<SharedSongState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    sharedSongApi
      .get(token)
      .then((song) => live && setState({ kind: 'ready', song }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 410) setState({ kind: 'gone' });
        else if (error instanceof ApiError && error.status === 404) setState({ kind: 'not-found' });
        else setState({ kind: 'failed', message: error instanceof ApiError ? error.message : 'Could not load the shared song.' });
      });
    return () => {
      live = false;
    };
  }, [token]);
  return state;
}
