import { z } from 'zod';
import { SongCreateSchema, SongPatchSchema } from '../library/index.ts';
import { ApiId, DEFAULT_PAGE_LIMIT, IsoTimestamp, PageCursor, PageLimit } from './api-common.ts';
import { MAX_SONG_SECTIONS_PER_REQUEST } from './limits.ts';
import { ApiSection, NewSongSectionInput } from './section-api.ts';
import { ApiTempoEvent, NewTempoMapInput, TempoMapInput } from './tempo-api.ts';

export const SONG_SORTS = ['title', 'artist', 'createdAt', 'updatedAt', 'lastPracticedAt'] as const;
export const SongSort = z.enum(SONG_SORTS);
export type SongSort = z.infer<typeof SongSort>;
export const SortOrder = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof SortOrder>;

/**
 * `GET /api/songs` query: `q` searches title, artist and album (case-insensitive substring), `tag`
 * keeps songs with that tag, `sort` + `order` (default title asc), `limit`, and `cursor` from the
 * previous page's `nextCursor` (keep the same q, tag, sort and order while paging).
 */
export const SongListQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  sort: SongSort.optional(),
  order: SortOrder.optional(),
  limit: PageLimit,
  cursor: PageCursor,
});
export type SongListQuery = z.output<typeof SongListQuery>;
export { DEFAULT_PAGE_LIMIT };

/** `POST /api/songs`: the song's fields, optionally its tempo map and sections with chords (ids made by the server, except the song's). */
export const CreateSongRequest = SongCreateSchema.extend({
  tempoMap: NewTempoMapInput.optional(),
  sections: z.array(NewSongSectionInput).max(MAX_SONG_SECTIONS_PER_REQUEST).optional(),
});
export type CreateSongRequest = z.input<typeof CreateSongRequest>;

/** `PATCH /api/songs/:id`: changed fields (`null` clears an optional one) and/or the whole tempo map. */
export const UpdateSongRequest = SongPatchSchema.extend({ tempoMap: TempoMapInput.optional() });
export type UpdateSongRequest = z.input<typeof UpdateSongRequest>;

/** A song in an answer (without its sections). */
export const ApiSong = z.object({
  id: ApiId,
  title: z.string(),
  artist: z.string().nullable(),
  album: z.string().nullable(),
  durationSeconds: z.int().nullable(),
  bpm: z.number().nullable(),
  key: z.string().nullable(),
  timeSignature: z.string(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  tempoMap: z.array(ApiTempoEvent),
  practiceCount: z.int(),
  totalPracticeSeconds: z.int(),
  lastPracticedAt: IsoTimestamp.nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  /** Set while the song is in "recently deleted". */
  deletedAt: IsoTimestamp.nullable(),
});
export type ApiSong = z.infer<typeof ApiSong>;

/** A song with its live sections in order, each with its chords. */
export const ApiSongDetail = ApiSong.extend({ sections: z.array(ApiSection) });
export type ApiSongDetail = z.infer<typeof ApiSongDetail>;

export const SongListResponse = z.object({ songs: z.array(ApiSong), nextCursor: z.string().nullable() });
export type SongListResponse = z.infer<typeof SongListResponse>;

export const SongResponse = z.object({ song: ApiSongDetail });
export type SongResponse = z.infer<typeof SongResponse>;
