import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { concurrencyLimit } from '../concurrency-limit.ts';

/** OWASP's argon2id floor: 19 MiB, two passes, one lane. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/**
 * @node-rs/argon2 hashes on libuv's thread pool, so the event loop keeps serving while it works. At most
 * (cores − 1) hashes run at once: a burst of sign-ins then queues here instead of taking every core and
 * every pool thread (which file and DNS work share) from the rest of the server.
 */
const limit = concurrencyLimit(Math.max(1, availableParallelism() - 1));

export function hashPassword(password: string): Promise<string> {
  return limit(() => hash(password, ARGON2_OPTIONS));
}

/** False for a wrong password and for a malformed stored hash. */
export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return limit(async () => {
    try {
      return await verify(storedHash, password);
    } catch {
      return false;
    }
  });
}

/**
 * A hash to verify against when an account has no password or does not exist, so a sign-in takes
 * about as long either way and its timing does not reveal which emails have accounts.
 */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('metmap dummy password for timing');
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
