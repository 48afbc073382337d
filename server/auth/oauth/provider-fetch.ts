/** A provider API call must not hang a sign-in. */
const PROVIDER_TIMEOUT_MS = 10_000;

/** GET a provider's JSON API with a bearer token; throws on any non-200 answer. */
export async function getJson(url: string, accessToken: string): Promise<unknown> {
  const response = await fetch(url, {
    headers: {
      authorization: `Bearer ${accessToken}`,
      accept: 'application/json',
      // GitHub's API refuses requests without a User-Agent.
      'user-agent': 'MetMap',
    },
    signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new Error(`provider answered ${response.status} for ${new URL(url).pathname}`);
  }
  return response.json();
}
