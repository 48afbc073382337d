-- 0001_init: accounts, sessions and the Yjs document store.
-- Applied inside one transaction by server/db/migrate.ts; never edit it once applied, add 0003_… instead.
-- Runs on PostgreSQL 15+ and PGlite (gen_random_uuid() is core since PostgreSQL 13).
-- Everything a user owns is deleted with the user: directly (user_id … ON DELETE CASCADE) or through
-- yjs_documents for the update log and snapshots.

-- Accounts ---------------------------------------------------------------------------------------

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored trimmed and lower-cased by the application; the check keeps one spelling per address.
  email text NOT NULL,
  password_hash text, -- argon2id PHC string; NULL for accounts that only sign in with OAuth
  name text,
  avatar_url text,
  email_verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_key UNIQUE (email),
  CONSTRAINT users_email_lower_case CHECK (email = lower(btrim(email))),
  CONSTRAINT users_email_length CHECK (char_length(email) BETWEEN 3 AND 320)
);

-- Lucia-style sessions: the cookie carries a random token; only its SHA-256 (hex) is stored, so a
-- leaked table cannot be replayed. expires_at slides forward on use; absolute_expires_at never moves.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_refreshed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sessions_id_is_sha256_hex CHECK (id ~ '^[0-9a-f]{64}$'),
  CONSTRAINT sessions_expiry_capped CHECK (expires_at <= absolute_expires_at)
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
-- For the periodic sweep of expired sessions.
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

CREATE TABLE oauth_accounts (
  provider text NOT NULL,
  provider_user_id text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT oauth_accounts_pkey PRIMARY KEY (provider, provider_user_id),
  CONSTRAINT oauth_accounts_provider_known CHECK (provider IN ('google', 'github'))
);
CREATE INDEX oauth_accounts_user_id_idx ON oauth_accounts (user_id);

-- Single-use links for email verification and password reset; as with sessions only the hash is kept.
CREATE TABLE email_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  -- The address the link was sent to: verifying it only counts while it is still the user's address.
  email text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT email_tokens_hash_is_sha256_hex CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT email_tokens_purpose_known CHECK (purpose IN ('verify_email', 'reset_password'))
);
-- Issuing a new link revokes the user's older ones of the same purpose.
CREATE INDEX email_tokens_user_purpose_idx ON email_tokens (user_id, purpose);
CREATE INDEX email_tokens_expires_at_idx ON email_tokens (expires_at);

-- Yjs document store -----------------------------------------------------------------------------
-- A document's state = its newest 'compacted' snapshot + every update with a larger seq.
-- Saving appends one row to yjs_updates (cost follows the size of the edit); compaction folds the
-- log into a snapshot under the document row's lock (SELECT … FOR UPDATE) and deletes what it covered.

CREATE TABLE yjs_documents (
  name text PRIMARY KEY, -- 'library:<userId>', 'practice:<userId>'
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- Bumped when the stored history is replaced wholesale (e.g. the user resets the library), so a
  -- process holding an older state can tell its in-memory copy is stale.
  epoch integer NOT NULL DEFAULT 1,
  -- Bookkeeping that decides when to compact, without counting the log on every save.
  updates_since_snapshot integer NOT NULL DEFAULT 0,
  bytes_since_snapshot bigint NOT NULL DEFAULT 0,
  compacted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX yjs_documents_user_id_idx ON yjs_documents (user_id);

-- Append-only log of Yjs updates (Y.encodeStateAsUpdate diffs), in commit order per document.
CREATE TABLE yjs_updates (
  seq bigserial PRIMARY KEY,
  doc_name text NOT NULL REFERENCES yjs_documents (name) ON DELETE CASCADE,
  update bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX yjs_updates_doc_name_seq_idx ON yjs_updates (doc_name, seq);

-- Full states: 'compacted' is the base the log replays onto; 'daily' keeps one state per day as
-- history a user could go back to. seq = the highest yjs_updates.seq folded into the state
-- (0 when none), so loading reads the updates with seq > snapshot.seq.
CREATE TABLE yjs_snapshots (
  id bigserial PRIMARY KEY,
  doc_name text NOT NULL REFERENCES yjs_documents (name) ON DELETE CASCADE,
  kind text NOT NULL,
  seq bigint NOT NULL,
  state bytea NOT NULL,
  state_vector bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT yjs_snapshots_kind_known CHECK (kind IN ('compacted', 'daily')),
  CONSTRAINT yjs_snapshots_seq_not_negative CHECK (seq >= 0)
);
CREATE INDEX yjs_snapshots_doc_kind_seq_idx ON yjs_snapshots (doc_name, kind, seq DESC);

-- Sharing ------------------------------------------------------------------------------------------

-- Read-only links to one song. The token is in the URL; only its hash is stored.
-- song_id has no foreign key: songs live in the Yjs document (their projection arrives in 0002).
CREATE TABLE share_links (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  song_id uuid NOT NULL,
  expires_at timestamptz, -- NULL: valid until revoked
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT share_links_hash_is_sha256_hex CHECK (token_hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX share_links_user_song_idx ON share_links (user_id, song_id);
