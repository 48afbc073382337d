import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../config/paths.ts';
import { isTypingTarget, shortcutFor, SHORTCUTS, type ShortcutAction } from './shortcut-keys.ts';
import './shortcuts.css';

// Pages mark their targets with data-shortcut; the fallbacks match today's library page.
const TARGETS: Record<Exclude<ShortcutAction, 'help'>, string> = {
  search: '[data-shortcut="search"], main input[type="search"]',
  'new-song': '[data-shortcut="new-song"], .add-song-form input[name="title"]',
};
const TARGET_WAIT_MS = 2000;

/** Focuses the shortcut's target, going to the library first when this page has none. */
function focusTarget(selector: string, goToLibrary: () => void): void {
  const found = document.querySelector<HTMLElement>(selector);
  if (found !== null) return found.focus();
  goToLibrary();
  const started = performance.now();
  const poll = () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target !== null) target.focus();
    else if (performance.now() - started < TARGET_WAIT_MS) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Single-key shortcuts for desktop keyboards, and the "?" dialog that lists them. */
export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [, navigate] = useLocation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') !== null) return; // a dialog owns the keyboard
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        defaultPrevented: event.defaultPrevented,
        isComposing: event.isComposing,
        typing: isTypingTarget(document.activeElement),
      });
      if (action === null) return;
      event.preventDefault(); // "/" must not land in the search box it focuses
      if (action === 'help') dialog.current?.showModal();
      else focusTarget(TARGETS[action], () => navigate(paths.library.href()));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key}>
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
