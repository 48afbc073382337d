import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { randomFillSync } from 'node:crypto';

/** 20 random bytes = 160 bits of secret, above Lucia's 120-bit floor. */
const TOKEN_BYTES = 20;

/** A fresh random secret (sessions, email links, OAuth state), base32 lower-case without padding. */
export function generateSecretToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  randomFillSync(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** What is stored instead of a token: hex SHA-256, so a leaked table yields no usable token. */
export function hashSecretToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Constant-time equality of two strings (lengths are not secret). */
export function constantTimeEqualStrings(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  return left.length === right.length && constantTimeEqual(left, right);
}

/** A shape check before a token touches the database or a hash: 32 base32 characters. */
export function looksLikeSecretToken(value: string): boolean {
  return /^[a-z2-7]{32}$/.test(value);
}
