import { describe, expect, it } from 'vitest';
import { undoCommandFor, type ShortcutKey } from './undo-shortcut.ts';

const press = (key: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undo shortcuts', () => {
  it('UNDO7: Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo', () => {
    expect(undoCommandFor(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(undoCommandFor(press('z', { metaKey: true }), false)).toBe('undo');
    expect(undoCommandFor(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(undoCommandFor(press('Z', { metaKey: true, shiftKey: true }), false)).toBe('redo');
    expect(undoCommandFor(press('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('UNDO7: other keys, Alt chords and a field with an uncommitted edit are left alone', () => {
    expect(undoCommandFor(press('z'), false)).toBeNull();
    expect(undoCommandFor(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(undoCommandFor(press('y', { metaKey: true }), false)).toBeNull();
    expect(undoCommandFor(press('x', { ctrlKey: true }), false)).toBeNull();
    expect(undoCommandFor(press('z', { ctrlKey: true }), true)).toBeNull();
  });
});
