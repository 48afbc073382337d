/** The parts of a keydown event the undo shortcuts look at. */
export type ShortcutKey = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/**
 * Ctrl/Cmd+Z → undo; Ctrl/Cmd+Shift+Z and Ctrl+Y → redo (UNDO7). `pendingTextEdit`: the focus is
 * in a text field with an uncommitted edit, whose own text undo the browser should run instead.
 */
export function undoCommandFor(event: ShortcutKey, pendingTextEdit: boolean): 'undo' | 'redo' | null {
  if (pendingTextEdit || event.altKey) return null;
  const command = event.ctrlKey || event.metaKey;
  if (!command) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}
