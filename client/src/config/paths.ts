/** Every route of the app in one place; pages and links build URLs from here. */
export const paths = {
  library: { pattern: '/', href: () => '/' },
  song: { pattern: '/songs/:id', href: (songId: string) => `/songs/${encodeURIComponent(songId)}` },
  practice: {
    pattern: '/songs/:id/practice',
    href: (songId: string) => `/songs/${encodeURIComponent(songId)}/practice`,
  },
  settings: { pattern: '/settings', href: () => '/settings' },
} as const;
