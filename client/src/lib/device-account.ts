import { AuthUser } from '../../../shared/auth/auth-api.ts';
import { DEVICE_ACCOUNT_KEY } from './storage-keys.ts';
import { browserStorage } from './browser-storage.ts';

/**
 * The account signed in on this device, remembered so that a reload (also offline) opens the
 * account's documents before the server has answered; null for a guest.
 */
export function readDeviceAccount(storage: Pick<Storage, 'getItem'> | null = browserStorage()): AuthUser | null {
  try {
    const raw = storage?.getItem(DEVICE_ACCOUNT_KEY);
    if (raw === null || raw === undefined) return null;
    const parsed = AuthUser.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberDeviceAccount(user: AuthUser, storage: Pick<Storage, 'setItem'> | null = browserStorage()): void {
  try {
    storage?.setItem(DEVICE_ACCOUNT_KEY, JSON.stringify(user));
  } catch {
    // Quota or private mode: the next start asks the server instead.
  }
}

export function forgetDeviceAccount(storage: Pick<Storage, 'removeItem'> | null = browserStorage()): void {
  try {
    storage?.removeItem(DEVICE_ACCOUNT_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
