import { useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../config/paths.ts';
import { AccountLink } from '../features/auth/account-link.tsx';
import { SyncBanners } from '../features/sync/sync-banners.tsx';
import { SyncStatusIndicator } from '../features/sync/sync-status-indicator.tsx';
import { KeyboardShortcuts } from './keyboard-shortcuts.tsx';
import { MainNav } from './main-nav.tsx';
import { ReadOnlyBanner } from './read-only-banner.tsx';
import { StorageBanner } from './storage-banner.tsx';
import { UpdateBanner } from './update-banner.tsx';
import { useFocusMainOnNavigation } from './use-focus-main-on-navigation.ts';
import { useThemeAttribute } from './use-theme-attribute.ts';

/** Header with the app name and navigation, storage warnings, then the page. */
export function AppShell(props: { children: ReactNode }) {
  useThemeAttribute();
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(mainRef);
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href={paths.library.href()} className="app-brand">
          MetMap
        </Link>
        <MainNav />
        <SyncStatusIndicator />
        <AccountLink />
      </header>
      <StorageBanner />
      <SyncBanners />
      <ReadOnlyBanner />
      <UpdateBanner />
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {props.children}
      </main>
      <KeyboardShortcuts />
    </div>
  );
}
