import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { openGuestLibraryDoc } from './lib/library-doc.ts';
import { markWhenRendered } from './lib/render-mark.ts';
import { startLocalFirst } from './lib/start-local-first.ts';
import { applyRememberedTheme } from './lib/theme-preference.ts';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

applyRememberedTheme();
markWhenRendered();
// One document per tab, opened before the first render so IndexedDB loads in parallel with React.
const libraryDoc = openGuestLibraryDoc();

createRoot(container).render(
  <StrictMode>
    <App libraryDoc={libraryDoc} />
  </StrictMode>,
);
startLocalFirst([libraryDoc]);
