import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hash.ts';

describe('password hashing', () => {
  it('AUTH6: argon2id with m=19456, t=2, p=1; verifies the password and nothing else', async () => {
    const stored = await hashPassword('blue guitar over the hill');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'blue guitar over the hill')).toBe(true);
    expect(await verifyPassword(stored, 'blue guitar over the hill ')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(await verifyAgainstDummy('blue guitar over the hill')).toBe(false);
  });

  it('AUTH6: two hashes of one password differ (random salt)', async () => {
    const [a, b] = await Promise.all([hashPassword('same password twice'), hashPassword('same password twice')]);
    expect(a).not.toBe(b);
  });
});
