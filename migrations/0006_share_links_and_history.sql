-- 0006_share_links_and_history: ids for share links (so a link can be listed and revoked without its
-- token, which only its creator ever sees), and the restores of a user's library history
-- (server/rest/SPEC.md, SHARE and HIST rules).

-- The token stays hashed (token_hash, 0001); `id` is what the owner's API names a link by.
ALTER TABLE share_links
  ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
  ADD CONSTRAINT share_links_id_key UNIQUE (id);

-- One row per restore of a song or the whole library to an earlier point (or per undo of one).
-- A restore is applied to the document as a new change; `before` keeps the state it replaced for
-- the songs it touched (and the settings, when it changed them), so an undo restores exactly that.
CREATE TABLE history_restores (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL,
  -- The point restored to (a yjs_snapshots id; the snapshot itself may be pruned later) and its time.
  point_id bigint,
  point_at timestamptz,
  song_id uuid, -- set when one song was restored
  -- The restore an undo reverted.
  undoes uuid REFERENCES history_restores (id) ON DELETE SET NULL,
  -- { songs: [...], absentSongIds: [...], settings?: {...} } as the document held them before.
  before jsonb NOT NULL,
  changes integer NOT NULL,
  undone_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT history_restores_kind_known CHECK (kind IN ('library', 'song', 'undo')),
  CONSTRAINT history_restores_changes_not_negative CHECK (changes >= 0)
);
CREATE INDEX history_restores_user_created_idx ON history_restores (user_id, created_at DESC);
