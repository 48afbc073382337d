import { SECTION_TYPES, type SectionType } from '../../lib/library-api.ts';

/** "pre-chorus" → "Pre-chorus". */
export function sectionTypeName(type: SectionType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** A name for a new section of `type`: "Verse", then "Verse 2", "Verse 3"… skipping names in use. */
export function suggestedSectionName(type: SectionType, names: readonly string[]): string {
  const base = type === 'custom' ? 'Section' : sectionTypeName(type);
  const used = new Set(names.map((name) => name.trim().toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/** "8 bars", "1 bar". */
export function barsLabel(bars: number): string {
  return bars === 1 ? '1 bar' : `${bars} bars`;
}

/** The section type a <select> reported, checked rather than cast. */
export function sectionTypeOf(value: string): SectionType | undefined {
  return SECTION_TYPES.find((type) => type === value);
}
