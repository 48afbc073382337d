import { decodeOverlay, type FieldEntityMaps } from './field-entities.ts';
import { compareByOrder, isOrderKey, type OrderAssignment } from './order.ts';
import type { RootMap } from './roots.ts';
import { entityKey, parseJsonObject } from './stored-values.ts';

interface BaseSummary {
  json: unknown;
  songId: unknown;
  order: unknown;
  deletedAt: unknown;
}

// Base values never change after creation, so each is parsed once per map and cached; a
// different stored value (identity check) invalidates the entry.
const baseSummaries = new WeakMap<RootMap, Map<string, BaseSummary>>();

function summarize(base: RootMap, id: string, json: unknown): BaseSummary {
  let cache = baseSummaries.get(base);
  if (cache === undefined) {
    cache = new Map();
    baseSummaries.set(base, cache);
  }
  const cached = cache.get(id);
  if (cached !== undefined && cached.json === json) return cached;
  const parsed = parseJsonObject(json);
  const fields = parsed.ok ? parsed.value : {};
  const summary = { json, songId: fields['songId'], order: fields['order'], deletedAt: fields['deletedAt'] };
  cache.set(id, summary);
  return summary;
}

function overlaid(maps: FieldEntityMaps, id: string, field: string, baseValue: unknown): unknown {
  const overlay = decodeOverlay(maps.overlay.get(entityKey(id, field)));
  if (overlay === null) return baseValue;
  return overlay.value === null ? undefined : overlay.value;
}

/** The song's live sections with valid order keys, in reading order (DOC6). */
export function liveSiblings(maps: FieldEntityMaps, songId: string, excludeId?: string): OrderAssignment[] {
  const siblings: OrderAssignment[] = [];
  maps.base.forEach((json, id) => {
    if (id === excludeId) return;
    const summary = summarize(maps.base, id, json);
    if (summary.songId !== songId) return;
    if (overlaid(maps, id, 'deletedAt', summary.deletedAt) !== undefined) return;
    const order = overlaid(maps, id, 'order', summary.order);
    if (typeof order === 'string' && isOrderKey(order)) siblings.push({ id, order });
  });
  return siblings.sort(compareByOrder);
}

/** The song a section belongs to, read from its base value (songId never changes). */
export function sectionSongId(maps: FieldEntityMaps, sectionId: string): unknown {
  return summarize(maps.base, sectionId, maps.base.get(sectionId)).songId;
}
