import { z } from 'zod';

/** localStorage key of this device's first-run state (namespaced like the IndexedDB names). */
export const FIRST_RUN_KEY = 'metmap:first-run';

const FirstRunFlagsSchema = z.object({
  /** The first-run decision was made on this device (a demo created, or the library had songs). */
  decided: z.boolean().default(false),
  /** The onboarding tour still waits to be finished or dismissed. */
  onboardingPending: z.boolean().default(false),
});
export type FirstRunFlags = z.infer<typeof FirstRunFlagsSchema>;

const FRESH: FirstRunFlags = { decided: false, onboardingPending: false };

/** Reads the flags; anything unreadable (blocked storage, bad JSON) reads as a fresh device. */
export function readFirstRunFlags(storage: Pick<Storage, 'getItem'> | null): FirstRunFlags {
  try {
    const raw = storage?.getItem(FIRST_RUN_KEY);
    if (raw === null || raw === undefined) return FRESH;
    const parsed = FirstRunFlagsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : FRESH;
  } catch {
    return FRESH;
  }
}

/** Best effort: a browser refusing storage just shows the tour again next time. */
export function writeFirstRunFlags(storage: Pick<Storage, 'setItem'> | null, flags: FirstRunFlags): void {
  try {
    storage?.setItem(FIRST_RUN_KEY, JSON.stringify(flags));
  } catch {
    // Private mode or quota: nothing to do.
  }
}
