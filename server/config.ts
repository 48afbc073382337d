import path from 'node:path';
import { z } from 'zod';

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .url()
        .refine((v) => protocols.some((p) => v.startsWith(p)), { message: `must start with ${protocols.join(' or ')}` })
        .optional(),
    )
    .optional();

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Every environment variable the server reads, parsed once at start-up (STYLE habit 4). */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalUrl(['postgres://', 'postgresql://']),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  REDIS_URL: optionalUrl(['redis://', 'rediss://']),
  PUBLIC_URL: optionalUrl(['http://', 'https://']),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIR: z.string().trim().min(1).default('dist/client'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // Accounts (issue 3): OAuth apps, outgoing mail, and the proxy header that carries the client's address.
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  GITHUB_CLIENT_ID: optionalText,
  GITHUB_CLIENT_SECRET: optionalText,
  SMTP_URL: optionalUrl(['smtp://', 'smtps://']),
  MAIL_FROM: z.string().trim().min(3).default('MetMap <no-reply@localhost>'),
  CLIENT_IP_HEADER: optionalText,
  // Operations (issue 7): the managed database's CA, and the bearer token that guards GET /metrics.
  DATABASE_CA_CERT: optionalText.refine((v) => v === undefined || v.includes('-----BEGIN CERTIFICATE-----'), {
    message: 'must be a PEM certificate (-----BEGIN CERTIFICATE-----)',
  }),
  METRICS_TOKEN: optionalText.refine((v) => v === undefined || v.length >= 16, { message: 'must be at least 16 characters' }),
  // Cloud sync (issue 5, server/sync/SPEC.md SYNC12): frame and document size limits, per-connection message rate.
  SYNC_MAX_MESSAGE_BYTES: z.coerce.number().int().min(64 * 1024).max(64 * 1024 * 1024).default(16 * 1024 * 1024),
  SYNC_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(64 * 1024).max(256 * 1024 * 1024).default(32 * 1024 * 1024),
  SYNC_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).max(100_000).default(100),
}).superRefine((env, ctx) => {
  for (const provider of ['GOOGLE', 'GITHUB'] as const) {
    const id = env[`${provider}_CLIENT_ID`];
    const secret = env[`${provider}_CLIENT_SECRET`];
    if ((id === undefined) !== (secret === undefined)) {
      ctx.addIssue({ code: 'custom', path: [`${provider}_CLIENT_${id === undefined ? 'ID' : 'SECRET'}`], message: 'set both the client id and the secret, or neither' });
    }
  }
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /** Origin the app is served from; when unset, http://localhost:<port> is assumed once the port is known. */
  publicUrl: string | undefined;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  clientDir: string;
  shutdownTimeoutMs: number;
  /** OAuth apps; a provider's button appears only when its pair is set. */
  oauth: { google: OAuthClient | undefined; github: OAuthClient | undefined };
  /** Outgoing mail; without it, emailed links are written to the log. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Header a trusted proxy puts the client's address in (e.g. do-connecting-ip), for rate limits. */
  clientIpHeader: string | undefined;
  /** PEM of the CA that signed PostgreSQL's certificate (App Platform: ${db.CA_CERT}); verified when set. */
  databaseCaCert: string | undefined;
  /** When set, GET /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Sync limits (SYNC12): largest WebSocket frame, largest document, messages per second per connection. */
  sync: { maxMessageBytes: number; maxDocumentBytes: number; messagesPerSecond: number };
};

/** An OAuth app's credentials; `baseUrl` (set by tests only) points the provider's endpoints at a stand-in. */
export type OAuthClient = { clientId: string; clientSecret: string; baseUrl?: string };

function oauthClient(clientId: string | undefined, clientSecret: string | undefined): OAuthClient | undefined {
  return clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : undefined;
}

/** Thrown when the environment is invalid; the message lists every bad variable. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the environment into a Config, or throws a ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    publicUrl: e.PUBLIC_URL === undefined ? undefined : new URL(e.PUBLIC_URL).origin,
    logLevel: e.LOG_LEVEL,
    clientDir: path.resolve(cwd, e.CLIENT_DIR),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    oauth: { google: oauthClient(e.GOOGLE_CLIENT_ID, e.GOOGLE_CLIENT_SECRET), github: oauthClient(e.GITHUB_CLIENT_ID, e.GITHUB_CLIENT_SECRET) },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    clientIpHeader: e.CLIENT_IP_HEADER,
    databaseCaCert: e.DATABASE_CA_CERT,
    metricsToken: e.METRICS_TOKEN,
    sync: { maxMessageBytes: e.SYNC_MAX_MESSAGE_BYTES, maxDocumentBytes: e.SYNC_MAX_DOCUMENT_BYTES, messagesPerSecond: e.SYNC_MESSAGES_PER_SECOND },
  };
}
