import type { z } from 'zod';

/** What a field's text parses to: the value to store (null = clear the field) or the message to show. */
export type FieldParse<T> = { ok: true; value: T } | { ok: false; message: string };

export const parsed = <T>(value: T): FieldParse<T> => ({ ok: true, value });
export const refused = (message: string): FieldParse<never> => ({ ok: false, message });

/** Validates `value` with a shared schema; on failure the field's own message, not zod's wording. */
export function checkWith<S extends z.ZodType>(schema: S, value: unknown, message: string): FieldParse<z.output<S>> {
  const result = schema.safeParse(value);
  return result.success ? parsed(result.data) : refused(message);
}

/** Text of an optional field: trimmed; empty means "clear" (null). */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;
const INTEGER = /^[0-9]+$/;

/** A decimal number typed by the user; NaN when it is not one ("12abc", "1e3"). */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A whole number typed by the user; NaN when it is not one. */
export function parseWhole(text: string): number {
  const trimmed = text.trim();
  return INTEGER.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Whole seconds as "m:ss" or "h:mm:ss"; '' when unset. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const CLOCK = /^(?:(\d+):)?(\d+):([0-5]\d)$/;

/** "3:25" → 205, "1:02:03" → 3723, "205" → 205, "" → null (EDIT2); NaN when unreadable. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (INTEGER.test(trimmed)) return Number(trimmed);
  const match = CLOCK.exec(trimmed);
  if (match === null) return Number.NaN;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  // "75:00" is a fine way to write 75 minutes; "1:75:00" is not.
  if (match[1] !== undefined && Number(minutes) > 59) return Number.NaN;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Tags typed comma separated: trimmed, empty ones dropped, repeats (any case) kept once (EDIT2). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
