import { useEffect, useState } from 'react';
import type { OAuthProviderName } from '../../../../shared/auth/auth-api.ts';
import { authApi } from './auth-api.ts';

const LABELS: Record<OAuthProviderName, string> = { google: 'Continue with Google', github: 'Continue with GitHub' };

/** One button per configured provider; nothing at all when none is configured or the server is unreachable. */
export function ProviderButtons() {
  const [providers, setProviders] = useState<OAuthProviderName[]>([]);
  useEffect(() => {
    let live = true;
    authApi
      .providers()
      .then((list) => live && setProviders(list))
      .catch(() => live && setProviders([]));
    return () => {
      live = false;
    };
  }, []);
  if (providers.length === 0) return null;
  return (
    <div className="provider-buttons">
      {providers.map((provider) => (
        // A full navigation: the provider's page must open in this tab.
        <a key={provider} className="button provider-button" href={authApi.oauthStartUrl(provider)}>
          {LABELS[provider]}
        </a>
      ))}
      <p className="auth-divider">
        <span>or with email</span>
      </p>
    </div>
  );
}
