import { z } from 'zod';
import { PracticeSessionCreateSchema, PracticeSessionPatchSchema } from '../library/index.ts';
import { ApiId, IsoTimestamp, PageCursor, PageLimit, QueryTimestamp } from './api-common.ts';

/**
 * `GET /api/practice-sessions` query: `songId`, sessions started at or after `from` and before `to`,
 * newest first, `limit` and `cursor` (from the previous page's `nextCursor`, same filters).
 */
export const PracticeSessionListQuery = z.strictObject({
  songId: ApiId.optional(),
  from: QueryTimestamp,
  to: QueryTimestamp,
  limit: PageLimit,
  cursor: PageCursor,
});
export type PracticeSessionListQuery = z.output<typeof PracticeSessionListQuery>;

/** `POST /api/practice-sessions`: times are epoch milliseconds, as in the document. */
export const CreatePracticeSessionRequest = PracticeSessionCreateSchema;
export type CreatePracticeSessionRequest = z.input<typeof CreatePracticeSessionRequest>;

/** `PATCH /api/practice-sessions/:id`: changed fields; `null` clears an optional one. */
export const UpdatePracticeSessionRequest = PracticeSessionPatchSchema;
export type UpdatePracticeSessionRequest = z.input<typeof UpdatePracticeSessionRequest>;

export const ApiPracticeSession = z.object({
  id: ApiId,
  songId: ApiId,
  startedAt: IsoTimestamp,
  endedAt: IsoTimestamp.nullable(),
  durationSeconds: z.int().nullable(),
  sectionIds: z.array(ApiId),
  tempoReached: z.number().nullable(),
  rating: z.int().nullable(),
  notes: z.string().nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type ApiPracticeSession = z.infer<typeof ApiPracticeSession>;

export const PracticeSessionResponse = z.object({ practiceSession: ApiPracticeSession });
export type PracticeSessionResponse = z.infer<typeof PracticeSessionResponse>;

export const PracticeSessionListResponse = z.object({ practiceSessions: z.array(ApiPracticeSession), nextCursor: z.string().nullable() });
export type PracticeSessionListResponse = z.infer<typeof PracticeSessionListResponse>;
