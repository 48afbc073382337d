import { isChordId, type SectionId } from './ids.ts';
import { zodReason, type ReadIssue } from './read-issues.ts';
import type { RootMap } from './roots.ts';
import { StoredChordSchema } from './read-schemas.ts';
import type { Chord } from './schema-chord.ts';

/** Valid chords grouped by section; chords of unknown sections are reported (DOC5, DOC14). */
export function readChordsBySection(
  chords: RootMap,
  sections: ReadonlyMap<string, { id: SectionId }>,
  issues: ReadIssue[],
): Map<string, Chord[]> {
  const bySection = new Map<string, Chord[]>();
  chords.forEach((stored, key) => {
    if (!isChordId(key)) return void issues.push({ kind: 'chord', key, reason: 'key is not a UUID' });
    const record = StoredChordSchema.safeParse(stored);
    if (!record.success) return void issues.push({ kind: 'chord', key, reason: zodReason(record.error) });
    const section = sections.get(record.data.sectionId);
    if (!section) return void issues.push({ kind: 'chord', key, reason: `section ${record.data.sectionId} is missing` });
    // The section's own (validated) id brands the reference; the decoded value becomes the chord.
    const chord: Chord = Object.assign(record.data, { id: key, sectionId: section.id });
    const group = bySection.get(section.id);
    if (group === undefined) bySection.set(section.id, [chord]);
    else group.push(chord);
  });
  return bySection;
}
