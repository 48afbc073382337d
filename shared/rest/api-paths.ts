/** Every REST route of the library API (issue 6), as the router registers it: `:name` marks a parameter. */
export const restPaths = {
  songs: '/api/songs',
  song: '/api/songs/:id',
  songSections: '/api/songs/:id/sections',
  section: '/api/sections/:id',
  practiceSessions: '/api/practice-sessions',
  practiceSession: '/api/practice-sessions/:id',
  preferences: '/api/preferences',
  openapi: '/api/openapi.json',
  songShareLinks: '/api/songs/:id/share-links',
  shareLinks: '/api/share-links',
  shareLink: '/api/share-links/:id',
  // `:token` is a secret: the request log shows the pattern, never the value.
  sharedSong: '/api/shared/:token',
  copySharedSong: '/api/shared/:token/copy',
  historyPoints: '/api/history/points',
  historyPointSongs: '/api/history/points/:pointId/songs',
  historyPointSong: '/api/history/points/:pointId/songs/:songId',
  restoreLibrary: '/api/history/points/:pointId/restore',
  restoreSong: '/api/history/points/:pointId/songs/:songId/restore',
  restores: '/api/history/restores',
  undoRestore: '/api/history/restores/:restoreId/undo',
  deletedSongs: '/api/history/deleted-songs',
  restoreDeletedSong: '/api/history/deleted-songs/:songId/restore',
} as const;

export type RestPath = (typeof restPaths)[keyof typeof restPaths];

/** A concrete URL path: each `:name` of `pattern` replaced by its encoded value. */
export function pathTo(pattern: RestPath, params: Record<string, string> = {}): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pathTo: missing parameter ${name} for ${pattern}`);
    return encodeURIComponent(value);
  });
}

/** The page a share link opens (client route `/shared/:token`). */
export function sharedSongPage(token: string): string {
  return `/shared/${encodeURIComponent(token)}`;
}
