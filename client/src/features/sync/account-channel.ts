import { z } from 'zod';
import { AuthUser } from '../../../../shared/auth/auth-api.ts';
import { openBroadcastPort, type RelayPort } from '../../lib/relay-port.ts';

/** The channel a device's tabs use to follow each other's sign-in and sign-out. */
export const ACCOUNT_CHANNEL = 'metmap-account';

const envelope = { v: z.literal(1), from: z.string().min(1).max(64) };

/**
 * - `signed-in`: this user signed in in another tab: show the account's library here too;
 * - `signed-out`: the account signed out in another tab: close its documents (so a removal can
 *   delete their databases) and show the guest library.
 */
export const AccountMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('signed-in'), ...envelope, user: AuthUser }),
  z.object({ type: z.literal('signed-out'), ...envelope, userId: z.string().min(1).max(64), removeCopy: z.boolean() }),
]);
export type AccountMessage = z.infer<typeof AccountMessageSchema>;

type AccountMessageBody = AccountMessage extends infer M ? (M extends AccountMessage ? Omit<M, 'v' | 'from'> : never) : never;

export type AccountChannel = {
  post(message: AccountMessageBody): void;
  close(): void;
};

/** Opens the account channel; `onMessage` hears other tabs only (never this tab's posts). */
export function openAccountChannel(
  onMessage: (message: AccountMessage) => void,
  openPort: (name: string) => RelayPort | null = openBroadcastPort,
): AccountChannel {
  const port = openPort(ACCOUNT_CHANNEL);
  const tabId = crypto.randomUUID();
  const stop = port?.listen((data) => {
    const parsed = AccountMessageSchema.safeParse(data);
    if (parsed.success && parsed.data.from !== tabId) onMessage(parsed.data);
  });
  return {
    post: (message) => port?.post({ ...message, v: 1, from: tabId }),
    close() {
      stop?.();
      port?.close();
    },
  };
}
