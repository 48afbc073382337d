import type { ConnectionOptions } from 'node:tls';

/** What the pool gets: the connection string, and TLS settings when a CA is given. */
export type PgConnectionSettings = { connectionString: string; ssl?: ConnectionOptions };

// pg lets the connection string's TLS parameters override the `ssl` option, so they go when we set it.
const TLS_URL_PARAMS = ['sslmode', 'sslrootcert', 'uselibpqcompat'];

/**
 * With `caCert`, the server's certificate must chain to it and name the host (libpq's verify-full).
 * A managed database's URL says `sslmode=require`, which pg treats as verify-full against the system
 * CAs, so the provider's private CA (App Platform's `${db.CA_CERT}`) must be passed this way.
 */
export function pgConnectionSettings(connectionString: string, caCert: string | undefined): PgConnectionSettings {
  if (caCert === undefined) return { connectionString };
  const url = new URL(connectionString);
  for (const param of TLS_URL_PARAMS) url.searchParams.delete(param);
  return { connectionString: url.toString(), ssl: { ca: caCert, rejectUnauthorized: true } };
}
