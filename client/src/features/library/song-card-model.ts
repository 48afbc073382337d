import type { SongWithSections } from '../../lib/library-api.ts';
import { averageConfidence, songDurationSeconds } from './library-stats.ts';

// Deriving a duration walks the song's tempo map bar by bar: a thousand songs cost ~14 ms per
// document update. The inputs change rarely, so the result is kept per song under a timing key.
const derivedDurations = new Map<string, { key: string; seconds: number | null }>();

function timingKey(song: SongWithSections): string {
  const tempo = song.tempoMap.map((e) => `${e.bar}.${e.beat}.${e.bpm}.${e.timeSignature ?? ''}.${e.change}.${e.rampBeats ?? ''}`).join(',');
  const sections = song.sections.map((section) => `${section.bars}.${section.bpm ?? ''}.${section.timeSignature ?? ''}`).join(',');
  return `${song.bpm ?? ''}|${song.timeSignature}|${tempo}|${sections}`;
}

/** The card's duration: the song's own field, else derived (and cached) from sections and tempo map. */
function cardDuration(song: SongWithSections): number | null {
  if (song.durationSeconds !== undefined || song.sections.length === 0) return songDurationSeconds(song);
  const key = timingKey(song);
  const cached = derivedDurations.get(song.id);
  if (cached !== undefined && cached.key === key) return cached.seconds;
  const seconds = songDurationSeconds(song);
  derivedDurations.set(song.id, { key, seconds });
  return seconds;
}

/** One slice of a card's section strip: width by bars, color by confidence. */
export interface StripSegment {
  readonly name: string;
  readonly bars: number;
  readonly confidence: number;
}

/** Everything a song card shows, as plain comparable values. */
export interface SongCardModel {
  readonly id: string;
  readonly title: string;
  readonly artist: string | undefined;
  readonly tags: readonly string[];
  readonly createdAt: number;
  readonly sectionCount: number;
  readonly averageConfidence: number | null;
  readonly durationSeconds: number | null;
  readonly lastPracticedAt: number | undefined;
  readonly strip: readonly StripSegment[];
}

export function songCardModel(song: SongWithSections): SongCardModel {
  return {
    id: song.id,
    title: song.title,
    artist: song.artist,
    tags: song.tags,
    createdAt: song.createdAt,
    sectionCount: song.sections.length,
    averageConfidence: averageConfidence(song.sections),
    durationSeconds: cardDuration(song),
    lastPracticedAt: song.lastPracticedAt,
    strip: song.sections.map((section) => ({ name: section.name, bars: section.bars, confidence: section.confidence })),
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((item, index) => same(item, b[index] as T));

const sameSegment = (a: StripSegment, b: StripSegment) =>
  a.name === b.name && a.bars === b.bars && a.confidence === b.confidence;

/** True when two models would draw the same card. */
export function sameCardModel(a: SongCardModel, b: SongCardModel): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.artist === b.artist &&
    a.createdAt === b.createdAt &&
    a.sectionCount === b.sectionCount &&
    a.averageConfidence === b.averageConfidence &&
    a.durationSeconds === b.durationSeconds &&
    a.lastPracticedAt === b.lastPracticedAt &&
    sameList(a.tags, b.tags, Object.is) &&
    sameList(a.strip, b.strip, sameSegment)
  );
}

/**
 * Card models for `songs`, reusing last time's object for every card that did not change (also a
 * model from the list cache, LF13), so an edit, or the live library replacing the cached list,
 * re-renders only the cards that differ.
 */
export function reuseCardModels(songs: readonly SongWithSections[], previous: ReadonlyMap<string, SongCardModel>): Map<string, SongCardModel> {
  const next = new Map<string, SongCardModel>();
  for (const song of songs) {
    const fresh = songCardModel(song);
    const old = previous.get(song.id);
    next.set(song.id, old !== undefined && sameCardModel(old, fresh) ? old : fresh);
  }
  return next;
}
