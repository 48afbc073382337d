import { describe, expect, it } from 'vitest';
import { checkNewPassword, loadCommonPasswords } from './password-policy.ts';

describe('password policy', () => {
  it('AUTH6: the shipped common-password list has thousands of entries', () => {
    const list = loadCommonPasswords();
    expect(list.size).toBeGreaterThan(5_000);
    expect(list.has('password')).toBe(true);
    expect(list.has('iloveyou1')).toBe(true);
  });

  it('AUTH6: 8 to 128 characters, counted as characters, not UTF-16 units', () => {
    expect(checkNewPassword('x7#kQ2m')).toBe('too_short');
    expect(checkNewPassword('x7#kQ2mz')).toBeNull();
    expect(checkNewPassword('🎸'.repeat(8))).toBeNull();
    expect(checkNewPassword('🎸'.repeat(7))).toBe('too_short');
    expect(checkNewPassword('a9'.repeat(64))).toBeNull();
    expect(checkNewPassword('a9'.repeat(64) + 'z')).toBe('too_long');
  });

  it('AUTH6: common passwords are refused in any letter case', () => {
    expect(checkNewPassword('password1')).toBe('common');
    expect(checkNewPassword('Password1')).toBe('common');
    expect(checkNewPassword('QWERTYUIOP')).toBe('common');
    expect(checkNewPassword('correct horse battery staple')).toBeNull();
  });
});
