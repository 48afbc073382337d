import type { z } from 'zod';

/** Kinds of things an import can refuse. */
export type RejectedKind = 'file' | 'song' | 'section' | 'chord' | 'tempoEvent' | 'practiceSession' | 'settings';

/** IMP3: one refused entity, with enough words to find it in the file. */
export interface Rejection {
  readonly kind: RejectedKind;
  readonly id?: string;
  /** Title, name or position, for people. */
  readonly label: string;
  readonly reason: string;
}

/** zod's first complaint with its path, e.g. "bars: Too big: expected number to be <=999". */
export function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** A field of an object we know nothing about yet (to label what we reject). */
export function fieldOf(value: unknown, field: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const found: unknown = Object.getOwnPropertyDescriptor(value, field)?.value;
  return found;
}

/** A label for an unvalidated entity: its title or name when it has one, else its position. */
export function labelOf(value: unknown, fallback: string): string {
  const name = fieldOf(value, 'title') ?? fieldOf(value, 'name');
  return typeof name === 'string' && name.trim() !== '' ? `“${name.trim().slice(0, 80)}”` : fallback;
}

/** The entity's id when it has a string one (it may still be malformed). */
export function idOf(value: unknown): string | undefined {
  const id = fieldOf(value, 'id');
  return typeof id === 'string' ? id.slice(0, 64) : undefined;
}
