import type { z } from 'zod';

export const READ_ISSUE_KINDS = [
  'meta', 'song', 'songField', 'section', 'sectionField', 'chord', 'tempoEvent',
  'practiceStats', 'preferences', 'metronome', 'practiceSession',
] as const;
export type ReadIssueKind = (typeof READ_ISSUE_KINDS)[number];

/** Something a reader skipped or ignored (DOC14); `key` is the map key it found it under. */
export interface ReadIssue {
  kind: ReadIssueKind;
  key: string;
  reason: string;
}

export function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** Issues in a stable order, so equal documents report equal issue lists. */
export function sortIssues(issues: ReadIssue[]): ReadIssue[] {
  const text = (issue: ReadIssue) => `${issue.kind}\u0000${issue.key}\u0000${issue.reason}`;
  return issues.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}
