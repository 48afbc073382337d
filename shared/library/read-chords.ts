import { isChordId, type SectionId } from './ids.ts';
import { zodReason, type ReadIssue } from './read-issues.ts';
import type { RootMap } from './roots.ts';
import { StoredChordSchema } from './read-schemas.ts';
import type { Chord } from './schema-chord.ts';

/** A section's valid chords, unsorted. */
export interface SectionChords {
  sectionId: SectionId;
  chords: Chord[];
}

/** Valid chords grouped by section (every section has a group); chords of unknown sections are reported (DOC5, DOC14). */
export function readChordsBySection(
  chords: RootMap,
  sections: ReadonlyMap<string, { id: SectionId }>,
  issues: ReadIssue[],
): Map<string, SectionChords> {
  // One lookup per chord finds both its section's (validated, branded) id and its list: there are
  // four times more chords than sections.
  const groups = new Map<string, SectionChords>();
  sections.forEach((section, id) => groups.set(id, { sectionId: section.id, chords: [] }));
  chords.forEach((stored, key) => {
    if (!isChordId(key)) return void issues.push({ kind: 'chord', key, reason: 'key is not a UUID' });
    const record = StoredChordSchema.safeParse(stored);
    if (!record.success) return void issues.push({ kind: 'chord', key, reason: zodReason(record.error) });
    const group = groups.get(record.data.sectionId);
    if (!group) return void issues.push({ kind: 'chord', key, reason: `section ${record.data.sectionId} is missing` });
    // The section's own id brands the reference. Each chord is built in one literal (no temporary
    // object, no property added afterwards), keys in the order the decoded value had them.
    const { bar, beat, durationBeats, root, quality, extensions, bass } = record.data;
    const { sectionId } = group;
    group.chords.push(
      bass === undefined
        ? { sectionId, bar, beat, durationBeats, root, quality, extensions, id: key }
        : { sectionId, bar, beat, durationBeats, root, quality, extensions, bass, id: key },
    );
  });
  return groups;
}
