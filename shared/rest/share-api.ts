import { z } from 'zod';
import { CHORD_QUALITIES, NOTE_NAMES, SECTION_TYPES, TEMPO_CHANGES } from '../library/index.ts';
import { ApiId, IsoTimestamp } from './api-common.ts';

export const SHARE_EXPIRIES = ['1d', '7d', '30d', 'never'] as const;
export const ShareExpiry = z.enum(SHARE_EXPIRIES);
export type ShareExpiry = z.infer<typeof ShareExpiry>;

/** `POST /api/songs/:id/share-links`. */
export const CreateShareLinkRequest = z.strictObject({ expiresIn: ShareExpiry });
export type CreateShareLinkRequest = z.input<typeof CreateShareLinkRequest>;

export const ShareLinkStatus = z.enum(['active', 'expired', 'revoked']);
export type ShareLinkStatus = z.infer<typeof ShareLinkStatus>;

/** A link as its owner sees it: never the token, which only the creation answer carries. */
export const ApiShareLink = z.object({
  id: ApiId,
  songId: ApiId,
  createdAt: IsoTimestamp,
  expiresAt: IsoTimestamp.nullable(),
  revokedAt: IsoTimestamp.nullable(),
  status: ShareLinkStatus,
});
export type ApiShareLink = z.infer<typeof ApiShareLink>;

/** 201 answer of `POST /api/songs/:id/share-links`: the only time the token is shown. */
export const CreatedShareLinkResponse = z.object({ shareLink: ApiShareLink, token: z.string(), url: z.string() });
export type CreatedShareLinkResponse = z.infer<typeof CreatedShareLinkResponse>;

export const ShareLinkListResponse = z.object({ shareLinks: z.array(ApiShareLink) });
export type ShareLinkListResponse = z.infer<typeof ShareLinkListResponse>;

/** A chord on the public page. */
export const SharedChord = z.object({
  bar: z.int(),
  beat: z.int(),
  durationBeats: z.int(),
  root: z.enum(NOTE_NAMES),
  quality: z.enum(CHORD_QUALITIES),
  extensions: z.array(z.string()),
  bass: z.enum(NOTE_NAMES).nullable(),
  symbol: z.string(),
});

/** A section on the public page: bars, local tempo and meter, chords. Never confidence or notes. */
export const SharedSection = z.object({
  name: z.string(),
  type: z.enum(SECTION_TYPES),
  bars: z.int(),
  bpm: z.number().nullable(),
  timeSignature: z.string().nullable(),
  startBar: z.int(),
  chords: z.array(SharedChord),
});

export const SharedTempoEvent = z.object({
  bar: z.int(),
  beat: z.int(),
  bpm: z.number(),
  timeSignature: z.string().nullable(),
  change: z.enum(TEMPO_CHANGES),
  rampBeats: z.int().nullable(),
});

/**
 * `GET /api/shared/:token`: what a share link shows — title, artist, tempo, key, meter and the
 * sections with bars and chords. Never confidence, notes, practice data or ids.
 */
export const SharedSong = z.strictObject({
  title: z.string(),
  artist: z.string().nullable(),
  bpm: z.number().nullable(),
  key: z.string().nullable(),
  timeSignature: z.string(),
  tempoMap: z.array(SharedTempoEvent),
  sections: z.array(SharedSection),
});
export type SharedSong = z.infer<typeof SharedSong>;

export const SharedSongResponse = z.object({ song: SharedSong });
export type SharedSongResponse = z.infer<typeof SharedSongResponse>;

/** Share tokens as the API hands them out: 32 base32 characters. */
export const ShareToken = z.string().regex(/^[a-z2-7]{32}$/);
