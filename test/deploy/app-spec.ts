import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlSubset } from './yaml-subset.ts';

const Env = z.strictObject({
  key: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  scope: z.enum(['RUN_TIME', 'BUILD_TIME', 'RUN_AND_BUILD_TIME']),
  type: z.enum(['GENERAL', 'SECRET']).optional(),
  value: z.string().optional(),
});
export type AppSpecEnv = z.infer<typeof Env>;

const GitHub = z.strictObject({ repo: z.string(), branch: z.string(), deploy_on_push: z.boolean() });
const ComponentAlert = z.strictObject({
  rule: z.enum(['CPU_UTILIZATION', 'MEM_UTILIZATION', 'RESTART_COUNT']),
  operator: z.enum(['GREATER_THAN', 'LESS_THAN']),
  value: z.number(),
  window: z.enum(['FIVE_MINUTES', 'TEN_MINUTES', 'THIRTY_MINUTES', 'ONE_HOUR']),
});

/** The parts of an App Platform spec MetMap uses; unknown keys fail, so a typo cannot pass unnoticed. */
export const AppSpec = z.strictObject({
  name: z.string(),
  region: z.string(),
  alerts: z.array(z.strictObject({ rule: z.enum(['DEPLOYMENT_FAILED', 'DOMAIN_FAILED', 'DEPLOYMENT_LIVE', 'DOMAIN_LIVE']) })),
  services: z.array(
    z.strictObject({
      name: z.string(),
      dockerfile_path: z.string(),
      source_dir: z.string(),
      github: GitHub,
      http_port: z.number().int(),
      instance_size_slug: z.string(),
      instance_count: z.number().int().min(1),
      health_check: z.strictObject({
        http_path: z.string(),
        initial_delay_seconds: z.number().int(),
        period_seconds: z.number().int(),
        timeout_seconds: z.number().int(),
        success_threshold: z.number().int(),
        failure_threshold: z.number().int(),
      }),
      alerts: z.array(ComponentAlert),
      envs: z.array(Env),
    }),
  ),
  jobs: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.enum(['PRE_DEPLOY', 'POST_DEPLOY', 'FAILED_DEPLOY']),
      dockerfile_path: z.string(),
      source_dir: z.string(),
      github: GitHub,
      run_command: z.string(),
      instance_size_slug: z.string(),
      instance_count: z.number().int(),
      envs: z.array(Env),
    }),
  ),
  databases: z.array(
    z.strictObject({
      name: z.string(),
      engine: z.enum(['PG', 'REDIS', 'VALKEY']),
      version: z.string(),
      production: z.boolean(),
      cluster_name: z.string().optional(),
      db_name: z.string().optional(),
      db_user: z.string().optional(),
    }),
  ),
});
export type AppSpec = z.infer<typeof AppSpec>;

/** `.do/app.yaml` of the repository at `root`, parsed and checked against the shape above. */
export function readAppSpec(root: string): AppSpec {
  return AppSpec.parse(parseYamlSubset(readFileSync(path.join(root, '.do', 'app.yaml'), 'utf8')));
}
