-- 0005_restores: restores of the database from a backup (DEPLOYMENT.md, "Restore").
-- `npm run restore-epoch` records one row here and, in the same transaction, bumps every document's
-- epoch (yjs_documents.epoch). The sync server announces a document's epoch and the newest restore to
-- every connection, so a client can tell that the server's history was rewound: it keeps its local
-- state, which the Yjs sync re-uploads, and tells the user (shared/sync/epoch.ts).

CREATE TABLE server_restores (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The moment the restored backup holds (the point-in-time target); NULL when the operator did not say.
  backup_time timestamptz,
  restored_at timestamptz NOT NULL DEFAULT now(),
  documents_bumped integer NOT NULL,
  sessions_ended integer NOT NULL,
  note text,
  CONSTRAINT server_restores_counts_not_negative CHECK (documents_bumped >= 0 AND sessions_ended >= 0)
);
CREATE INDEX server_restores_restored_at_idx ON server_restores (restored_at DESC);
