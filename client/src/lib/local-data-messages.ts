import { z } from 'zod';

/** The app-wide channel tabs use to tell each other about this device's local data. */
export const LOCAL_DATA_CHANNEL = 'metmap-local-data';

/** `cleared`: another tab is deleting every MetMap database: close yours and start afresh. */
export const LocalDataMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cleared'), v: z.literal(1), from: z.string().min(1).max(64) }),
]);
export type LocalDataMessage = z.infer<typeof LocalDataMessageSchema>;

export function parseLocalDataMessage(data: unknown): LocalDataMessage | null {
  const parsed = LocalDataMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
