-- 0003_accounts: server-side OAuth state, so each authorization round trip is single-use and expires
-- after 10 minutes by the server's clock (the browser's cookie expiry alone can be replayed or kept).
-- Rows belong to no user yet (they exist before sign-in); expired ones are swept.

CREATE TABLE oauth_states (
  state_hash text PRIMARY KEY,
  provider text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT oauth_states_hash_is_sha256_hex CHECK (state_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT oauth_states_provider_known CHECK (provider IN ('google', 'github'))
);
CREATE INDEX oauth_states_expires_at_idx ON oauth_states (expires_at);
