/** The origin the app is served from, and which `Origin` headers count as our own. */
export type SiteOrigin = {
  /** Used for links in emails and OAuth redirect URIs. */
  publicOrigin(): string;
  isOwnOrigin(origin: string): boolean;
};

/**
 * With PUBLIC_URL, exactly that origin. Without it (a developer's machine), http://localhost and
 * http://127.0.0.1 on the port the server listens on; `port` is read late, once the server listens.
 */
export function siteOrigin(publicUrl: string | undefined, port: () => number): SiteOrigin {
  if (publicUrl !== undefined) {
    const origin = new URL(publicUrl).origin;
    return { publicOrigin: () => origin, isOwnOrigin: (o) => o === origin };
  }
  return {
    publicOrigin: () => `http://localhost:${port()}`,
    isOwnOrigin: (o) => o === `http://localhost:${port()}` || o === `http://127.0.0.1:${port()}`,
  };
}
