import { describe, expect, it } from 'vitest';
import { constantTimeEqualStrings, generateSecretToken, hashSecretToken, looksLikeSecretToken } from './secret-token.ts';

describe('secret tokens', () => {
  it('AUTH1: 100,000 tokens are all distinct and carry 160 bits in 32 base32 characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(generateSecretToken());
    expect(seen.size).toBe(100_000);
    for (const token of [...seen].slice(0, 100)) expect(looksLikeSecretToken(token)).toBe(true);
  });

  it('AUTH1: the stored value is the SHA-256 hex of the token, never the token', () => {
    const token = generateSecretToken();
    const stored = hashSecretToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
    expect(hashSecretToken(token)).toBe(stored);
    expect(hashSecretToken(generateSecretToken())).not.toBe(stored);
    // A known vector, so the hash is SHA-256 and not merely some stable function.
    expect(hashSecretToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('AUTH1: constant-time string comparison is still a correct comparison', () => {
    expect(constantTimeEqualStrings('abcd', 'abcd')).toBe(true);
    expect(constantTimeEqualStrings('abcd', 'abce')).toBe(false);
    expect(constantTimeEqualStrings('abcd', 'abc')).toBe(false);
  });

  it('AUTH1: the shape check refuses anything that is not a token', () => {
    expect(looksLikeSecretToken('')).toBe(false);
    expect(looksLikeSecretToken('A'.repeat(32))).toBe(false);
    expect(looksLikeSecretToken('a'.repeat(33))).toBe(false);
    expect(looksLikeSecretToken("a'; drop table users; --")).toBe(false);
  });
});
