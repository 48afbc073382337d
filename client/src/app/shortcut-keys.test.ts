import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcut-keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  isComposing: false,
  typing: false,
  ...extra,
});

describe('keyboard shortcuts', () => {
  it('LF11: "/" searches, "n" adds a song, "?" shows the help', () => {
    expect(shortcutFor(press('/'))).toBe('search');
    expect(shortcutFor(press('n'))).toBe('new-song');
    expect(shortcutFor(press('?'))).toBe('help');
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('N'))).toBeNull();
  });

  it('LF11: keys typed into a field, with a modifier, or already handled are left alone', () => {
    expect(shortcutFor(press('n', { typing: true }))).toBeNull();
    expect(shortcutFor(press('/', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('?', { defaultPrevented: true }))).toBeNull();
    expect(shortcutFor(press('n', { isComposing: true }))).toBeNull();
  });
});
