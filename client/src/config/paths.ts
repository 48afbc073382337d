import { authPages } from '../../../shared/auth/auth-pages.ts';
import { sharedSongPage } from '../../../shared/rest/api-paths.ts';

/** Every route of the app in one place; pages and links build URLs from here. */
export const paths = {
  library: { pattern: '/', href: () => '/' },
  song: { pattern: '/songs/:id', href: (songId: string) => `/songs/${encodeURIComponent(songId)}` },
  practice: {
    pattern: '/songs/:id/practice',
    href: (songId: string) => `/songs/${encodeURIComponent(songId)}/practice`,
  },
  settings: { pattern: '/settings', href: () => '/settings' },
  metronome: { pattern: '/metronome', href: () => '/metronome' },
  practiceLog: { pattern: '/log', href: () => '/log' },
  importExport: { pattern: '/import-export', href: () => '/import-export' },
  sharedSong: { pattern: '/shared/:token', href: (token: string) => sharedSongPage(token) },
  // Auth pages: the server links to them (emails, OAuth redirects), so their paths live in shared/.
  signIn: { pattern: authPages.signIn, href: () => authPages.signIn },
  signUp: { pattern: authPages.signUp, href: () => authPages.signUp },
  forgotPassword: { pattern: authPages.forgotPassword, href: () => authPages.forgotPassword },
  resetPassword: { pattern: authPages.resetPassword, href: () => authPages.resetPassword },
  verifyEmail: { pattern: authPages.verifyEmail, href: () => authPages.verifyEmail },
  account: { pattern: authPages.account, href: () => authPages.account },
} as const;
