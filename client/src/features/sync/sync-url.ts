/** The WebSocket sync endpoint on the page's own origin (DESIGN "Contracts": `/sync`), ws or wss like the page. */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
