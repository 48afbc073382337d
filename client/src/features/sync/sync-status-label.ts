import type { SyncProblem } from './sync-facts.ts';
import type { SyncStatus } from './sync-status.ts';

/** How the header shows a status: a short text and a tone for its colour dot. */
export type SyncStatusLabel = { readonly text: string; readonly tone: 'ok' | 'busy' | 'idle' | 'warning' };

const PROBLEM_TEXT: Record<SyncProblem['kind'], string> = {
  'too-large': 'Library too large to sync',
  rejected: 'Sync refused by the server',
  forbidden: 'Sync refused by the server',
  'storage-unavailable': 'Cloud storage unavailable · retrying',
  'rate-limited': 'Sync slowed down · retrying',
};

const changes = (count: number) => `${count} ${count === 1 ? 'change' : 'changes'}`;

/** CSYNC3: the words for a status; `formatTime` renders the acknowledgement time (locale-dependent). */
export function syncStatusLabel(status: SyncStatus, formatTime: (at: number) => string): SyncStatusLabel {
  switch (status.kind) {
    case 'saved':
      return { text: `Saved in cloud · ${formatTime(status.at)}`, tone: 'ok' };
    case 'syncing':
      return { text: status.pending > 0 ? `Syncing · ${status.pending} pending` : 'Syncing…', tone: 'busy' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'offline':
      if (status.pending > 0) return { text: `Offline · ${changes(status.pending)} waiting`, tone: 'idle' };
      return { text: status.unsaved ? 'Offline · changes waiting' : 'Offline', tone: 'idle' };
    case 'error':
      return { text: PROBLEM_TEXT[status.problem.kind], tone: 'warning' };
    case 'signed-out':
      return { text: 'Sign in to sync', tone: 'warning' };
  }
}

/** Hours and minutes in the user's locale, e.g. "14:03" or "2:03 PM". */
export function formatAckTime(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
