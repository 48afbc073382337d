/** The fields picking focus areas looks at. */
export type RankableSection = { readonly id: string; readonly confidence: number; readonly lastPracticedAt?: number | undefined };

export const FOCUS_AREA_COUNT = 3;

/**
 * PRA1: "focus areas" are the weakest sections: lowest confidence first; among equals the one
 * practised longest ago (never practised first), then the earlier one in the song.
 */
export function focusAreas<T extends RankableSection>(sections: readonly T[], count = FOCUS_AREA_COUNT): T[] {
  return sections
    .map((section, index) => ({ section, index }))
    .sort(
      (a, b) =>
        a.section.confidence - b.section.confidence ||
        (a.section.lastPracticedAt ?? -1) - (b.section.lastPracticedAt ?? -1) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ section }) => section);
}
