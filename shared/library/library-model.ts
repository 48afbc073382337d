import { z } from 'zod';
import type { ReadIssue } from './read-issues.ts';
import { PracticeSessionSchema } from './schema-practice.ts';
import { SectionSchema } from './schema-section.ts';
import type { MetronomeSettings, Preferences } from './schema-settings.ts';
import { SongSchema } from './schema-song.ts';
import type { DocumentCompatibility } from './schema-version.ts';

/** A song with its live sections (by order) and its soft-deleted ones. */
export const SongWithSectionsSchema = SongSchema.extend({
  sections: z.array(SectionSchema),
  deletedSections: z.array(SectionSchema),
});
export type SongWithSections = z.infer<typeof SongWithSectionsSchema>;

/** The plain, validated snapshot readLibrary returns (DOC14). */
export interface Library {
  /** Highest schema version mark in the document; 0 for a document never written. */
  schemaVersion: number;
  compatibility: DocumentCompatibility;
  /** Live songs, oldest first (createdAt, then id). */
  songs: SongWithSections[];
  /** "Recently deleted", most recently deleted first. */
  deletedSongs: SongWithSections[];
  preferences: Preferences;
  metronome: MetronomeSettings;
  /** Last change of preferences or metronome settings, if any. */
  settingsUpdatedAt?: number;
  issues: ReadIssue[];
}

export const PracticeLogSessionsSchema = z.array(PracticeSessionSchema);

/** What readPracticeLog returns. */
export interface PracticeLog {
  schemaVersion: number;
  compatibility: DocumentCompatibility;
  /** Sessions by start time, then id. */
  sessions: z.infer<typeof PracticeLogSessionsSchema>;
  issues: ReadIssue[];
}
