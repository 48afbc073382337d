import { z } from 'zod';

/** Lowercase canonical RFC 9562 UUID (versions 1–8). Upper case, braces and whitespace are refused. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const UUID_LENGTH = 36;

const uuid = () => z.string().regex(UUID_PATTERN, 'expected a lowercase canonical UUID');

export const UserIdSchema = uuid().brand<'UserId'>();
export const SongIdSchema = uuid().brand<'SongId'>();
export const SectionIdSchema = uuid().brand<'SectionId'>();
export const ChordIdSchema = uuid().brand<'ChordId'>();
export const TempoEventIdSchema = uuid().brand<'TempoEventId'>();
export const PracticeSessionIdSchema = uuid().brand<'PracticeSessionId'>();

export type UserId = z.infer<typeof UserIdSchema>;
export type SongId = z.infer<typeof SongIdSchema>;
export type SectionId = z.infer<typeof SectionIdSchema>;
export type ChordId = z.infer<typeof ChordIdSchema>;
export type TempoEventId = z.infer<typeof TempoEventIdSchema>;
export type PracticeSessionId = z.infer<typeof PracticeSessionIdSchema>;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** A fresh client-generated id (crypto.randomUUID is lowercase v4). */
export function newId(): string {
  return crypto.randomUUID();
}

// Validating type guards: true only for a canonical UUID, which is all the brand promises.
export const isSectionId = (value: unknown): value is SectionId => isUuid(value);
export const isChordId = (value: unknown): value is ChordId => isUuid(value);
