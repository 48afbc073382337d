import { z } from 'zod';
import { averageConfidence } from './library-stats.ts';
import type { SongCardModel } from './song-card-model.ts';

/**
 * LF13: the library list cache. What the library list draws (a card model per song, in library
 * order), kept on the device per library document so a return visit shows the list before the
 * Yjs document has loaded. Bump the version whenever a field or its meaning changes: a cache of
 * another version is ignored (and overwritten once the live library is read).
 */
export const LIST_CACHE_VERSION = 1;

/** localStorage key of the list cache of the document stored under `storageName` (namespaced with it). */
export function listCacheKey(storageName: string): string {
  return `${storageName}:list-cache`;
}

const text = (max: number) => z.string().max(max);
const time = z.int().min(0).max(8_640_000_000_000_000);

// One array per song. Measured in Chromium on the 1,000-song library: a zod parse costs about a
// microsecond per value, so the section strip (most of the values) is packed into two strings.
const CachedSongSchema = z.tuple([
  /* id */ text(100).min(1),
  /* title */ text(200),
  /* artist, or null */ text(200).nullable(),
  /* tags */ z.array(text(50)).max(32),
  /* createdAt */ time,
  /* lastPracticedAt, or null */ time.nullable(),
  /* duration in seconds, or null */ z.int().min(0).max(100_000_000).nullable(),
  /* the sections' bars, space-separated */ z.string().regex(/^(?:[1-9]\d{0,2}(?: [1-9]\d{0,2})*)?$/).max(4 * 1000),
  /* the sections' confidence, one digit each */ z.string().regex(/^[1-5]*$/).max(1000),
  /* the sections' names */ z.array(text(100)).max(1000),
]);
type CachedSong = z.infer<typeof CachedSongSchema>;

const ListCacheShape = z.object({
  v: z.literal(LIST_CACHE_VERSION),
  /** The storage name of the document the list was read from: a cache is never shown for another. */
  doc: z.string(),
  savedAt: time,
  songs: z.array(CachedSongSchema).max(100_000),
});
// Compiled by zod at the first read (as the library readers do, shared/library/read-schemas.ts): in
// Chromium the 1,000-song cache checked in about a third of the time, compilation included, and a
// refused value is parsed again by the schema itself.
let compiledSchema: typeof ListCacheShape | null = null;
const listCacheSchema = () => (compiledSchema ??= z.compile(ListCacheShape));

/** The cache text for `models` (in library order) of the document stored under `storageName`. */
export function encodeListCache(storageName: string, models: readonly SongCardModel[], savedAt: number): string {
  const songs: CachedSong[] = models.map((model) => [
    model.id,
    model.title,
    model.artist ?? null,
    [...model.tags],
    model.createdAt,
    model.lastPracticedAt ?? null,
    model.durationSeconds,
    model.strip.map((segment) => segment.bars).join(' '),
    model.strip.map((segment) => segment.confidence).join(''),
    model.strip.map((segment) => segment.name),
  ]);
  return JSON.stringify({ v: LIST_CACHE_VERSION, doc: storageName, savedAt, songs } satisfies z.infer<typeof ListCacheShape>);
}

/** A decoded cache: card models in library order, and when they were saved. */
export type ListCache = { readonly savedAt: number; readonly models: readonly SongCardModel[] };

/**
 * The card models stored in `text`, or null when it is missing, unreadable, of another version,
 * for another document, or inconsistent: a bad cache is ignored, never shown.
 */
export function decodeListCache(storageName: string, text: string | null): ListCache | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = listCacheSchema().safeParse(raw);
  if (!parsed.success || parsed.data.doc !== storageName) return null;
  const models: SongCardModel[] = [];
  for (const song of parsed.data.songs) {
    const model = songModel(song);
    if (model === null) return null;
    models.push(model);
  }
  return { savedAt: parsed.data.savedAt, models };
}

function songModel(song: CachedSong): SongCardModel | null {
  const [id, title, artist, tags, createdAt, lastPracticedAt, durationSeconds, bars, confidence, names] = song;
  const barCounts = bars === '' ? [] : bars.split(' ').map(Number);
  if (barCounts.length !== confidence.length || barCounts.length !== names.length) return null;
  const strip = names.map((name, index) => ({ name, bars: barCounts[index] ?? 1, confidence: Number(confidence[index]) }));
  return {
    id,
    title,
    artist: artist ?? undefined,
    tags,
    createdAt,
    sectionCount: strip.length,
    averageConfidence: averageConfidence(strip),
    durationSeconds,
    lastPracticedAt: lastPracticedAt ?? undefined,
    strip,
  };
}
