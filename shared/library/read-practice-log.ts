import type { Doc } from 'yjs';
import type { PracticeLog } from './library-model.ts';
import { readWholeEntities } from './read-entities.ts';
import { sortIssues, type ReadIssue } from './read-issues.ts';
import { practiceRoots } from './roots.ts';
import { StoredPracticeSessionSchema } from './read-schemas.ts';
import { comparePracticeSessions } from './schema-practice.ts';
import { compatibilityOf, scanSchemaMarks } from './schema-version.ts';

/** The practice document `practice:<userId>` as plain validated sessions (DOC12, DOC14). */
export function readPracticeLog(doc: Doc): PracticeLog {
  const roots = practiceRoots(doc);
  const issues: ReadIssue[] = [];
  const marks = scanSchemaMarks(roots.meta);
  for (const key of marks.malformedKeys) issues.push({ kind: 'meta', key, reason: 'malformed schema version mark' });
  const sessions = [...readWholeEntities(roots.sessions, StoredPracticeSessionSchema, 'practiceSession', issues).values()].sort(
    comparePracticeSessions,
  );
  return {
    schemaVersion: marks.version,
    compatibility: compatibilityOf(marks.version),
    sessions,
    issues: sortIssues(issues),
  };
}
