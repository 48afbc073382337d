import { isTransactionOrigin } from '@hocuspocus/server';

/** Origin of the transaction that applies stored bytes while loading (never stored again). */
export const LOAD_ORIGIN = { source: 'metmap-load' } as const;

/** Origin of the server's compensating changes (SYNC11); stored like any server-side change. */
export const REPAIR_ORIGIN = { source: 'local', context: { reason: 'repair' } } as const;

/**
 * Whether an applied change must be stored by the update listener (SYNC7): not a client's (its
 * message was stored before it was applied), not one relayed by Redis (the instance that received
 * it stored it), not the load itself. Everything else — direct connections, repairs — is stored.
 */
export function isStoredOrigin(origin: unknown): boolean {
  if (origin === LOAD_ORIGIN) return false;
  if (isTransactionOrigin(origin)) return origin.source === 'local';
  return true;
}

/** Whether a change came from a client (directly or through another instance): it may need repair (SYNC11). */
export function isClientOrigin(origin: unknown): boolean {
  return isTransactionOrigin(origin) && (origin.source === 'connection' || origin.source === 'redis');
}
