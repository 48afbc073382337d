/** App-wide single-key shortcuts (desktop keyboards). */
export const SHORTCUTS = [
  { key: '/', action: 'search', label: 'Search songs' },
  { key: 'n', action: 'new-song', label: 'Add a new song' },
  { key: '?', action: 'help', label: 'Show these shortcuts' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** What the key handler needs to know about a keydown. */
export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  isComposing: boolean;
  /** The focused element takes text (input, textarea, select, contenteditable). */
  typing: boolean;
};

/**
 * The shortcut a key press means, or null. Keys typed into a field are text, and a key with
 * Ctrl, Cmd or Alt belongs to the browser or the page (undo, copy…), never to these shortcuts.
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey || press.defaultPrevented || press.isComposing) return null;
  return SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.action ?? null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'number', 'tel', 'url', 'date', 'time', 'datetime-local', 'month', 'week']);

/** Whether keys pressed in `element` are meant as text rather than commands. */
export function isTypingTarget(element: Element | null): boolean {
  if (element === null) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type);
}
