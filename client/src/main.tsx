import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { useSessionStore } from './features/auth/session-store.ts';
import { startDeviceSession } from './features/sync/device-session.ts';
import { createActiveLibrary } from './lib/active-library.ts';
import { readDeviceAccount } from './lib/device-account.ts';
import type { DocOwner } from './lib/doc-owner.ts';
import { openLibraryDoc } from './lib/library-doc.ts';
import { openDocHandles } from './lib/open-docs.ts';
import { APP_LIBRARY_LIST, LIVE_LIBRARY_LIST, markWhenRendered } from './lib/render-mark.ts';
import { APP_START_MARK, LIBRARY_APP_RENDERED_MARK, LIBRARY_LIVE_RENDERED_MARK } from './lib/render-mark-names.ts';
import { startLocalFirst } from './lib/start-local-first.ts';
import { applyRememberedTheme } from './lib/theme-preference.ts';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

performance.mark(APP_START_MARK);
applyRememberedTheme();
markWhenRendered();
markWhenRendered(LIBRARY_APP_RENDERED_MARK, APP_LIBRARY_LIST);
markWhenRendered(LIBRARY_LIVE_RENDERED_MARK, LIVE_LIBRARY_LIST);
// The account signed in on this device, if any: its copy opens at once, also offline.
const account = readDeviceAccount();
const owner: DocOwner = account === null ? 'guest' : { userId: account.id };
// One document per tab, opened before the first render so IndexedDB loads in parallel with React.
const libraryDoc = openLibraryDoc(owner);
const device = startDeviceSession({ library: createActiveLibrary({ owner, handle: libraryDoc }), session: useSessionStore });

createRoot(container).render(
  <StrictMode>
    <App device={device} />
  </StrictMode>,
);
startLocalFirst([libraryDoc], openDocHandles);
