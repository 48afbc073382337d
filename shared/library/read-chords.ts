import { ChordValueSchema } from './chord-codec.ts';
import { isChordId } from './ids.ts';
import { zodReason, type ReadIssue } from './read-issues.ts';
import type { RootMap } from './roots.ts';
import type { Chord } from './schema-chord.ts';

/** Valid chords grouped by section; chords of unknown sections are reported (DOC5, DOC14). */
export function readChordsBySection(chords: RootMap, sections: ReadonlyMap<string, unknown>, issues: ReadIssue[]): Map<string, Chord[]> {
  const bySection = new Map<string, Chord[]>();
  chords.forEach((stored, key) => {
    if (!isChordId(key)) return void issues.push({ kind: 'chord', key, reason: 'key is not a UUID' });
    const record = ChordValueSchema.safeParse(stored);
    if (!record.success) return void issues.push({ kind: 'chord', key, reason: zodReason(record.error) });
    const { sectionId } = record.data;
    if (!sections.has(sectionId)) return void issues.push({ kind: 'chord', key, reason: `section ${sectionId} is missing` });
    const chord: Chord = { id: key, ...record.data };
    const group = bySection.get(sectionId);
    if (group === undefined) bySection.set(sectionId, [chord]);
    else group.push(chord);
  });
  return bySection;
}
