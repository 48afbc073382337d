import { useEffect, useRef } from 'react';
import { undoCommandFor } from './undo-shortcut.ts';

/** Whether the focus is in a field that holds an uncommitted edit (CommitField marks it). */
function hasPendingTextEdit(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.dataset['pendingEdit'] === 'true';
}

/** Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y anywhere on the page while it is mounted (UNDO7). */
export function useUndoShortcuts(commands: { undo(): void; redo(): void }, enabled: boolean): void {
  // Read the latest commands without re-registering the listener on every render.
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    if (!enabled) return;
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      // Behind an open dialog the page is inert: undoing there would change what the dialog shows.
      if (document.querySelector('dialog[open]') !== null) return;
      const command = undoCommandFor(event, hasPendingTextEdit(event.target));
      if (command === null) return;
      event.preventDefault();
      if (command === 'undo') latest.current.undo();
      else latest.current.redo();
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [enabled]);
}
