import { describe, expect, it } from 'vitest';
import { EPOCH_MESSAGE_TYPE, judgeEpoch, parseEpochAnnouncement, rewoundNotice, type EpochAnnouncement } from './epoch.ts';

const announcement = (epoch: number, restore: EpochAnnouncement['restore'] = null): EpochAnnouncement => ({
  type: EPOCH_MESSAGE_TYPE,
  document: 'library:7f6f3c4e-0a51-4b55-9d0c-1d2f3a4b5c6d',
  epoch,
  restore,
});
const restore = { id: 'r1', restoredAt: '2026-03-02T10:00:00.000Z', backupTime: '2026-03-01T23:00:00.000Z' };

describe('document epoch', () => {
  it('OPS12: the first announcement is remembered; the same one again changes nothing', () => {
    const first = judgeEpoch(undefined, announcement(1));
    expect(first).toEqual({ kind: 'first', seen: { epoch: 1, restoreId: null } });
    expect(judgeEpoch(first.seen, announcement(1)).kind).toBe('unchanged');
  });

  it('OPS12: a higher epoch or a new restore means the server was rewound', () => {
    const verdict = judgeEpoch({ epoch: 1, restoreId: null }, announcement(2, restore));
    expect(verdict).toEqual({ kind: 'rewound', seen: { epoch: 2, restoreId: 'r1' }, backupTime: restore.backupTime, restoredAt: restore.restoredAt });
    if (verdict.kind === 'rewound') expect(rewoundNotice(verdict)).toContain('restored to a backup from 2026-03-01T23:00:00.000Z');
    // A second restore from an older backup may bring the same epoch number back; the restore id differs.
    expect(judgeEpoch({ epoch: 2, restoreId: 'r1' }, announcement(2, { ...restore, id: 'r2' })).kind).toBe('rewound');
    // A document created after the backup is gone from the server (reported at epoch 1) but the restore tells.
    expect(judgeEpoch({ epoch: 1, restoreId: null }, announcement(1, restore)).kind).toBe('rewound');
  });

  it('OPS12: other stateless payloads and malformed announcements are not taken for one', () => {
    expect(parseEpochAnnouncement(JSON.stringify(announcement(3)))).toEqual(announcement(3));
    expect(parseEpochAnnouncement('not json')).toBeNull();
    expect(parseEpochAnnouncement(JSON.stringify({ type: 'other' }))).toBeNull();
    expect(parseEpochAnnouncement(JSON.stringify({ ...announcement(1), epoch: 0 }))).toBeNull();
  });
});
