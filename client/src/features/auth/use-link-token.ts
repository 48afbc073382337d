import { useState } from 'react';
import { tokenFromFragment } from '../../../../shared/auth/auth-pages.ts';

/**
 * The token of an emailed link, read once from the fragment; the fragment is then removed from the
 * address bar so the token is neither bookmarked nor left in the history.
 */
export function useLinkToken(): string | null {
  const [token] = useState(() => {
    const found = tokenFromFragment(window.location.hash);
    if (found !== null) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return found;
  });
  return token;
}
