import { describe, expect, it } from 'vitest';
import { EPOCH_MESSAGE_TYPE } from '../../../../shared/sync/epoch.ts';
import { noticeForStateless } from './epoch-notices.ts';

const DOC = 'library:7f6f3c4e-0a51-4b55-9d0c-1d2f3a4b5c6d';
const announce = (epoch: number, document = DOC) => JSON.stringify({ type: EPOCH_MESSAGE_TYPE, document, epoch, restore: null });

describe('epoch announcements', () => {
  it('CSYNC9: the first epoch is remembered quietly; a higher one later tells the user the server was restored', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    expect(noticeForStateless(DOC, announce(1), storage)).toBeNull();
    expect(noticeForStateless(DOC, announce(1), storage)).toBeNull();
    expect(noticeForStateless(DOC, announce(2), storage)).toMatch(/The server was restored/);
    expect(noticeForStateless(DOC, announce(2), storage)).toBeNull();
  });

  it('CSYNC9: other payloads, and announcements naming another document, are ignored', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    expect(noticeForStateless(DOC, 'hello', storage)).toBeNull();
    expect(noticeForStateless(DOC, announce(3, 'library:other'), storage)).toBeNull();
    expect(values.size).toBe(0);
  });
});
