import { z } from 'zod';
import {
  ChordSchema,
  MetronomeSettingsSchema,
  PracticeSessionSchema,
  PreferencesSchema,
  SectionSchema,
  SongSchema,
  TempoEventSchema,
  type Chord,
  type PracticeSession,
  type TempoEvent,
} from '../../lib/library-api.ts';
import { ExportEnvelopeSchema, MAX_IMPORT_BYTES, type ExportScope } from './export-format.ts';
import { idOf, labelOf, zodReason, type Rejection } from './import-rejection.ts';

// Each entity is validated on its own, without its children, so a bad chord costs only that chord.
const ImportSongSchema = SongSchema.omit({ tempoMap: true }).extend({
  tempoMap: z.array(z.unknown()).default([]),
  sections: z.array(z.unknown()).default([]),
  deletedSections: z.array(z.unknown()).default([]),
});
const ImportSectionSchema = SectionSchema.omit({ chords: true }).extend({ chords: z.array(z.unknown()).default([]) });
const ImportSettingsSchema = z.object({
  preferences: PreferencesSchema,
  metronome: MetronomeSettingsSchema,
  updatedAt: z.int().min(0).optional(),
});

export type ImportedSongRecord = Omit<z.output<typeof ImportSongSchema>, 'tempoMap' | 'sections' | 'deletedSections'>;
export type ImportedSectionRecord = Omit<z.output<typeof ImportSectionSchema>, 'chords'>;

export interface ImportedSection {
  readonly record: ImportedSectionRecord;
  readonly chords: readonly Chord[];
}

export interface ImportedSong {
  readonly record: ImportedSongRecord;
  /** Live and deleted sections together (each carries its own deletedAt). */
  readonly sections: readonly ImportedSection[];
  readonly tempoMap: readonly TempoEvent[];
}

export interface ParsedImport {
  readonly scope: ExportScope;
  readonly songs: readonly ImportedSong[];
  readonly settings: z.output<typeof ImportSettingsSchema> | null;
  readonly sessions: readonly PracticeSession[];
}

export type ParseImportResult =
  | { readonly ok: true; readonly file: ParsedImport; readonly rejected: readonly Rejection[] }
  | { readonly ok: false; readonly rejected: readonly Rejection[] };

const fileError = (reason: string): ParseImportResult => ({ ok: false, rejected: [{ kind: 'file', label: 'The file', reason }] });

/** Collects what was refused, and which ids the file already used (IMP4: a repeated id is refused). */
class Checker {
  readonly rejected: Rejection[] = [];
  readonly #seen = new Set<string>();

  reject(kind: Rejection['kind'], value: unknown, label: string, reason: string): void {
    const id = idOf(value);
    this.rejected.push({ kind, ...(id === undefined ? {} : { id }), label, reason });
  }

  /** False (and reported) when this id appeared earlier in the file. */
  firstUse(kind: Rejection['kind'], id: string, label: string): boolean {
    if (!this.#seen.has(id)) {
      this.#seen.add(id);
      return true;
    }
    this.rejected.push({ kind, id, label, reason: 'the same id appears earlier in the file' });
    return false;
  }
}

function parseChords(raw: readonly unknown[], sectionId: string, where: string, check: Checker): Chord[] {
  const chords: Chord[] = [];
  raw.forEach((value, index) => {
    const label = `chord ${index + 1} of ${where}`;
    const chord = ChordSchema.safeParse(value);
    if (!chord.success) return check.reject('chord', value, label, zodReason(chord.error));
    if (chord.data.sectionId !== sectionId) return check.reject('chord', value, label, 'its sectionId is not the section it is listed in');
    if (check.firstUse('chord', chord.data.id, label)) chords.push(chord.data);
  });
  return chords;
}

function parseSections(raw: readonly unknown[], songId: string, songLabel: string, check: Checker): ImportedSection[] {
  const sections: ImportedSection[] = [];
  raw.forEach((value, index) => {
    const label = `section ${labelOf(value, String(index + 1))} of ${songLabel}`;
    const parsed = ImportSectionSchema.safeParse(value);
    if (!parsed.success) {
      check.reject('section', value, label, zodReason(parsed.error));
      return rejectChildren(check, 'chord', fieldArray(value, 'chords'), label, 'its section was refused');
    }
    const { chords, ...record } = parsed.data;
    if (record.songId !== songId) return check.reject('section', value, label, 'its songId is not the song it is listed in');
    if (!check.firstUse('section', record.id, label)) return;
    sections.push({ record, chords: parseChords(chords, record.id, label, check) });
  });
  return sections;
}

function parseTempoMap(raw: readonly unknown[], songId: string, songLabel: string, check: Checker): TempoEvent[] {
  const events: TempoEvent[] = [];
  raw.forEach((value, index) => {
    const label = `tempo change ${index + 1} of ${songLabel}`;
    const event = TempoEventSchema.safeParse(value);
    if (!event.success) return check.reject('tempoEvent', value, label, zodReason(event.error));
    if (event.data.songId !== songId) return check.reject('tempoEvent', value, label, 'its songId is not the song it is listed in');
    if (check.firstUse('tempoEvent', event.data.id, label)) events.push(event.data);
  });
  return events;
}

function fieldArray(value: unknown, field: string): unknown[] {
  const found: unknown = typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, field)?.value : undefined;
  return Array.isArray(found) ? found : [];
}

/** IMP3: the children of a refused entity are refused too, each named. */
function rejectChildren(check: Checker, kind: Rejection['kind'], children: readonly unknown[], parent: string, reason: string): void {
  children.forEach((child, index) => check.reject(kind, child, `${kind === 'chord' ? 'chord' : 'section'} ${labelOf(child, String(index + 1))} of ${parent}`, reason));
}

function parseSong(value: unknown, index: number, check: Checker): ImportedSong | null {
  const label = labelOf(value, `song ${index + 1}`);
  const parsed = ImportSongSchema.safeParse(value);
  if (!parsed.success || !check.firstUse('song', parsed.data.id, label)) {
    if (!parsed.success) check.reject('song', value, label, zodReason(parsed.error));
    const sections = [...fieldArray(value, 'sections'), ...fieldArray(value, 'deletedSections')];
    rejectChildren(check, 'section', sections, label, 'its song was refused');
    for (const [i, section] of sections.entries()) {
      rejectChildren(check, 'chord', fieldArray(section, 'chords'), `section ${labelOf(section, String(i + 1))} of ${label}`, 'its song was refused');
    }
    fieldArray(value, 'tempoMap').forEach((event, i) => check.reject('tempoEvent', event, `tempo change ${i + 1} of ${label}`, 'its song was refused'));
    return null;
  }
  const { tempoMap, sections, deletedSections, ...record } = parsed.data;
  return {
    record,
    sections: parseSections([...sections, ...deletedSections], record.id, label, check),
    tempoMap: parseTempoMap(tempoMap, record.id, label, check),
  };
}

/**
 * IMP2–IMP4: reads an export file's text. The file as a whole must be a MetMap export; inside it,
 * every entity is validated on its own, and each one refused is listed with the reason.
 */
export function parseImport(text: string): ParseImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fileError('the file is larger than 50 MB');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fileError('it is not JSON');
  }
  const envelope = ExportEnvelopeSchema.safeParse(json);
  if (!envelope.success) return fileError(`it is not a MetMap export (${zodReason(envelope.error)})`);
  const check = new Checker();
  const { songs, deletedSongs, settings: rawSettings, practiceSessions } = envelope.data;
  const parsedSongs = [...songs, ...deletedSongs].flatMap((value, index) => parseSong(value, index, check) ?? []);

  let settings: ParsedImport['settings'] = null;
  if (rawSettings !== undefined) {
    const parsed = ImportSettingsSchema.safeParse(rawSettings);
    if (parsed.success) settings = parsed.data;
    else check.reject('settings', rawSettings, 'preferences and metronome settings', zodReason(parsed.error));
  }
  const sessions: PracticeSession[] = [];
  practiceSessions.forEach((value, index) => {
    const label = `practice session ${index + 1}`;
    const session = PracticeSessionSchema.safeParse(value);
    if (!session.success) return check.reject('practiceSession', value, label, zodReason(session.error));
    if (check.firstUse('practiceSession', session.data.id, label)) sessions.push(session.data);
  });
  return { ok: true, file: { scope: envelope.data.scope, songs: parsedSongs, settings, sessions }, rejected: check.rejected };
}
