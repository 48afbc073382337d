import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { libraryDocName } from '../../shared/library/index.ts';
import { signUpAt } from '../auth/cookie-client.ts';
import { spawnServer } from './server-process.ts';
import { openDevice, waitUntil } from './sync-client.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The server's default quiet time before it collects (sync-options.ts), plus the unload and a margin. */
const COLLECTION_WITHIN_MS = 25_000;

describe('idle collection in the real process', () => {
  it('SYNC17: `npm start` runs node with --expose-gc, and the server collects once after its last document unloads', async () => {
    const start = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')));
    const args = start.scripts.start.split(/\s+/);
    expect(args[0]).toBe('node');
    const nodeArgs = args.slice(1, -1);
    expect(nodeArgs).toContain('--expose-gc');

    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'metmap-idle-gc-'));
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: 'debug' }, 60_000, nodeArgs);
    onTestFinished(server.stop);
    await waitUntil(() => /"msg":"listening"/.test(server.output()), 'the listening log line');
    expect(server.output()).toMatch(/"idleCollection":true/);

    const { userId, cookie } = await signUpAt(server.url, 'idle-gc@example.com');
    const device = openDevice({ url: server.url, name: libraryDocName(userId), cookie });
    await device.synced(20_000);
    expect(server.output()).not.toMatch(/sync: idle collection/);
    device.destroy();

    await waitUntil(() => /sync: idle collection/.test(server.output()), 'an idle collection after the document unloaded', COLLECTION_WITHIN_MS);
    const line = server.output().split('\n').find((l) => l.includes('sync: idle collection')) ?? '';
    const entry = z.object({ heapUsedBefore: z.number(), heapUsedAfter: z.number() }).parse(JSON.parse(line));
    expect(entry.heapUsedAfter).toBeLessThanOrEqual(entry.heapUsedBefore);
  });
});
