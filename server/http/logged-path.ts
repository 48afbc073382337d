/** Client pages whose last segment is a secret (a share link's token). */
const SECRET_PAGE_PREFIXES = ['/shared/'];

/**
 * The path a request log line shows: never the query string (it may hold tokens); for a route
 * with a `:token` parameter the route pattern; for a share-link page the page without its token.
 */
export function loggedPath(url: string | undefined, route: string): string {
  if (route.includes(':token')) return route;
  const path = (url ?? '/').split('?')[0] ?? '/';
  const page = SECRET_PAGE_PREFIXES.find((prefix) => path.startsWith(prefix));
  return page ? `${page}:token` : path;
}
