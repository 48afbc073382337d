-- 0004_sync: bookkeeping for the sync server (server/sync/SPEC.md).
-- snapshot_bytes: size of the newest 'compacted' snapshot, so compaction can be triggered relative
-- to it (the amortized cost of rewriting the snapshot stays bounded per appended update, SYNC9).
-- projected_*: which document state the relational projection rows were derived from; written in
-- the same transaction as the rows (SYNC10), so a reader can tell how far behind they are.

ALTER TABLE yjs_documents
  ADD COLUMN snapshot_bytes bigint NOT NULL DEFAULT 0,
  ADD COLUMN projected_state_vector bytea,
  ADD COLUMN projected_at timestamptz;

-- History lists daily snapshots newest first and prunes them by age.
CREATE INDEX yjs_snapshots_doc_kind_created_idx ON yjs_snapshots (doc_name, kind, created_at DESC);
