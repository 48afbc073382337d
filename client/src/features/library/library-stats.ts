import { sectionTimings, type SongWithSections } from '../../lib/library-api.ts';

/** Mean confidence (1–5) of the sections, or null for a song without sections. */
export function averageConfidence(sections: readonly { readonly confidence: number }[]): number | null {
  if (sections.length === 0) return null;
  return sections.reduce((sum, section) => sum + section.confidence, 0) / sections.length;
}

/** "3.4" (one decimal, trailing ".0" dropped), or "–" without sections. */
export function formatConfidence(average: number | null): string {
  if (average === null) return '–';
  const rounded = Math.round(average * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

const DAY_MS = 86_400_000;

/** Local midnight of the day `at` falls in. */
export function startOfDay(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whole calendar days from `at` to `now` in local time (0 = same day). DST days count as one. */
export function daysBetween(at: number, now: number): number {
  return Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS);
}

/** "never", "today", "yesterday", "3d ago", "2w ago", "5mo ago", "2y ago"; a future time reads "today". */
export function relativeTime(at: number | undefined, now: number): string {
  if (at === undefined) return 'never';
  const days = daysBetween(at, now);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days}d ago`;
  if (days < 60) return `${Math.floor(days / 7)}w ago`;
  if (days < 365) return `${Math.floor(days / 30)}mo ago`;
  return `${Math.floor(days / 365)}y ago`;
}

type TimedSection = { readonly bars: number; readonly bpm?: number | undefined; readonly timeSignature?: string | undefined };

/** The song's length: its own duration field, else the sections played through at its tempo map. */
export function songDurationSeconds(
  song: Pick<SongWithSections, 'durationSeconds' | 'bpm' | 'timeSignature' | 'tempoMap'> & { sections: readonly TimedSection[] },
): number | null {
  if (song.durationSeconds !== undefined) return song.durationSeconds;
  if (song.sections.length === 0) return null;
  return Math.round(sectionTimings(song, song.sections).at(-1)?.endSeconds ?? 0);
}

/** "3:05", "1:02:03"; "–" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** Every tag used in the library with the number of songs carrying it, alphabetical (case-insensitive). */
export function tagCounts(songs: readonly { readonly tags: readonly string[] }[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const song of songs) for (const tag of new Set(song.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }) || (a.tag < b.tag ? -1 : 1));
}
