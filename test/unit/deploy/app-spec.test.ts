import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigSchema, parseConfig } from '../../../server/config.ts';
import { readAppSpec, type AppSpecEnv } from '../../deploy/app-spec.ts';
import { parseDockerfile } from '../../deploy/dockerfile.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const spec = readAppSpec(ROOT);
const knownVariables = Object.keys(ConfigSchema.shape);
const scripts = z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))).scripts;
const [web] = spec.services;
const [migrate] = spec.jobs;
const [database] = spec.databases;

/** What the server must be given in production; the rest have safe defaults (DEPLOYMENT.md's table). */
const PRODUCTION_REQUIRED = ['DATABASE_URL', 'DATABASE_CA_CERT', 'PUBLIC_URL', 'CLIENT_IP_HEADER', 'SMTP_URL', 'METRICS_TOKEN'];
/** Credentials: only ever SECRET env vars (encrypted, never in the spec). */
const SECRETS = ['SMTP_URL', 'METRICS_TOKEN', 'GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET', 'GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'];

/** Sample values standing in for App Platform's bindings and the secrets an operator enters. */
function resolvedEnv(envs: readonly AppSpecEnv[]): Record<string, string> {
  const bindings: Record<string, string> = {
    '${APP_URL}': 'https://metmap-abc12.ondigitalocean.app',
    [`\${${database?.name}.DATABASE_URL}`]: 'postgresql://metmap:pw@db-postgresql-nyc3-1.db.ondigitalocean.com:25060/metmap?sslmode=require',
    [`\${${database?.name}.CA_CERT}`]: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
  };
  const samples: Record<string, string> = {
    SMTP_URL: 'smtps://apikey:pw@smtp.example.com:465',
    METRICS_TOKEN: 'a-long-random-metrics-token',
    GOOGLE_CLIENT_ID: 'google-id',
    GOOGLE_CLIENT_SECRET: 'google-secret',
    GITHUB_CLIENT_ID: 'github-id',
    GITHUB_CLIENT_SECRET: 'github-secret',
  };
  return Object.fromEntries(
    envs.map((env) => {
      const value = env.type === 'SECRET' ? samples[env.key] : env.value?.startsWith('${') ? bindings[env.value] : env.value;
      if (value === undefined) throw new Error(`${env.key}: no sample for ${env.value ?? 'its secret'}`);
      return [env.key, value];
    }),
  );
}

describe('.do/app.yaml', () => {
  it('OPS3: sets only variables the server knows, each once, and everything production needs', () => {
    for (const component of [web, migrate]) {
      const keys = component?.envs.map((env) => env.key) ?? [];
      expect(keys.filter((key) => !knownVariables.includes(key)), `${component?.name}: unknown variables`).toEqual([]);
      expect(new Set(keys).size, `${component?.name}: a variable set twice`).toBe(keys.length);
    }
    const webKeys = web?.envs.map((env) => env.key) ?? [];
    expect(PRODUCTION_REQUIRED.filter((key) => !webKeys.includes(key))).toEqual([]);
    const config = parseConfig({ ...resolvedEnv(web?.envs ?? []), PORT: String(web?.http_port) });
    expect(config.databaseUrl).toMatch(/^postgresql:/);
    expect(config.publicUrl).toMatch(/^https:/);
    expect(config).toMatchObject({ clientIpHeader: 'do-connecting-ip', port: web?.http_port });
    expect(config.metricsToken).toBeDefined();
  });

  it('OPS3: credentials are SECRET env vars with no value in the spec; nothing else is a secret', () => {
    const envs = [...(web?.envs ?? []), ...(migrate?.envs ?? [])];
    for (const env of envs) {
      if (SECRETS.includes(env.key)) expect([env.type, env.value], env.key).toEqual(['SECRET', undefined]);
      else expect(env.type, env.key).toBeUndefined();
    }
    expect(SECRETS.filter((key) => !envs.some((env) => env.key === key))).toEqual([]);
  });

  it('OPS3: the web service is built from the Dockerfile, on its port, with the health check on /healthz', () => {
    const runtime = parseDockerfile(readFileSync(path.join(ROOT, web?.dockerfile_path ?? 'missing'), 'utf8')).at(-1);
    const exposed = runtime?.steps.flatMap((step) => (step.kind === 'EXPOSE' ? step.ports : []));
    expect(exposed).toContain(String(web?.http_port));
    expect(web?.health_check.http_path).toBe('/healthz');
    expect(web?.instance_count).toBeGreaterThanOrEqual(1);
    expect(web?.instance_size_slug).toMatch(/^apps-/);
    expect(web?.envs.some((env) => env.key === 'REDIS_URL') || web?.instance_count === 1, 'several instances need REDIS_URL').toBe(true);
  });

  it('OPS3: a managed PostgreSQL 16 database is bound to DATABASE_URL and its CA to DATABASE_CA_CERT', () => {
    expect(database).toMatchObject({ engine: 'PG', version: '16', production: true });
    for (const component of [web, migrate]) {
      const value = (key: string) => component?.envs.find((env) => env.key === key)?.value;
      expect(value('DATABASE_URL')).toBe(`\${${database?.name}.DATABASE_URL}`);
      expect(value('DATABASE_CA_CERT')).toBe(`\${${database?.name}.CA_CERT}`);
    }
  });

  it('OPS3: a pre-deploy job from the same image runs the migrations', () => {
    expect(spec.jobs.filter((job) => job.kind === 'PRE_DEPLOY')).toHaveLength(1);
    expect(migrate?.kind).toBe('PRE_DEPLOY');
    expect(migrate?.run_command).toBe(scripts.migrate);
    expect(migrate).toMatchObject({ dockerfile_path: web?.dockerfile_path, source_dir: web?.source_dir, github: web?.github });
  });

  it('OPS3: alerts on failed deploys and domains, and on CPU, memory and restarts of the service', () => {
    expect(spec.alerts.map((a) => a.rule)).toEqual(expect.arrayContaining(['DEPLOYMENT_FAILED', 'DOMAIN_FAILED']));
    expect(web?.alerts.map((a) => a.rule).sort()).toEqual(['CPU_UTILIZATION', 'MEM_UTILIZATION', 'RESTART_COUNT']);
  });
});
