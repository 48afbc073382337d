/**
 * PostgreSQL text cannot hold U+0000, and a lone surrogate cannot be encoded as UTF-8: either in a
 * field would make the projection of the whole document fail (or silently differ from it), so the
 * API refuses them at the edge. True when every string in `value` (keys included) is storable.
 */
export function isStorableText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.isWellFormed() && !value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every((item) => isStorableText(item, depth + 1));
  return Object.entries(value).every(([key, item]) => isStorableText(key) && isStorableText(item, depth + 1));
}
