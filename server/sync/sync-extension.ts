import type { Extension } from '@hocuspocus/server';
import type { SyncHooks } from './sync-hooks.ts';

/** The Hocuspocus extension: each hook is one call into the plain functions of sync-hooks.ts. */
export function syncExtension(hooks: SyncHooks): Extension {
  return {
    extensionName: 'MetMapSync',
    onAuthenticate: async ({ documentName, context }) => hooks.authenticate(documentName, context),
    onLoadDocument: async ({ documentName, document, context }) => hooks.load(documentName, document, context),
    afterLoadDocument: async ({ documentName, document }) => hooks.loaded(documentName, document),
    beforeSync: async ({ documentName, type, payload, context }) => hooks.beforeSync(documentName, type, payload, context),
    beforeUnloadDocument: async ({ documentName }) => hooks.beforeUnload(documentName),
    afterUnloadDocument: async ({ documentName }) => hooks.unloaded(documentName),
  };
}
