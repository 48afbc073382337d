import { z } from 'zod';
import type { Library, PracticeSession, SongWithSections } from '../../lib/library-api.ts';

/** Marks a MetMap export file; `version` changes only when old importers could misread a file. */
export const EXPORT_FORMAT = 'metmap-export';
export const EXPORT_VERSION = 1;
/** Files above this size are refused before parsing (a whole library is far smaller). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ExportScope = 'library' | 'song';

/** What an export file holds: readLibrary's songs as they are, plus settings and the log for a library. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  scope: ExportScope;
  exportedAt: number;
  songs: SongWithSections[];
  deletedSongs?: SongWithSections[];
  settings?: { preferences: Library['preferences']; metronome: Library['metronome']; updatedAt?: number };
  practiceSessions?: PracticeSession[];
}

/**
 * The envelope an import accepts. Entities stay `unknown` here: each one is validated on its own
 * (parse-import.ts), so one bad song is reported and skipped instead of failing the whole file.
 */
export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  scope: z.enum(['library', 'song']),
  exportedAt: z.number().optional(),
  songs: z.array(z.unknown()),
  deletedSongs: z.array(z.unknown()).default([]),
  settings: z.unknown().optional(),
  practiceSessions: z.array(z.unknown()).default([]),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;
