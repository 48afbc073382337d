import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../server/config.ts';
import { readAppSpec } from '../../deploy/app-spec.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const doc = readFileSync(path.join(ROOT, 'DEPLOYMENT.md'), 'utf8');

type Row = { variable: string; defaultValue: string; spec: string };

/** The rows of the table under "## Environment variables": | `NAME` | default | .do/app.yaml | meaning |. */
function environmentTable(): Row[] {
  const section = doc.split(/^## /m).find((part) => part.startsWith('Environment variables'));
  if (!section) throw new Error('DEPLOYMENT.md has no "## Environment variables" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      if (cells.length !== 4) throw new Error(`expected 4 cells: ${line}`);
      const [variable = '', defaultValue = '', spec = ''] = cells;
      return { variable: variable.replace(/^`|`$/g, ''), defaultValue, spec };
    });
}

const code = (value: unknown) => `\`${String(value)}\``;

describe('DEPLOYMENT.md', () => {
  const rows = environmentTable();
  const defaults: Record<string, unknown> = ConfigSchema.parse({});
  const web = readAppSpec(ROOT).services[0];

  it('OPS11: the environment table lists exactly the variables of the config schema, once each', () => {
    const names = rows.map((row) => row.variable);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });

  it("OPS11: each default is the schema's", () => {
    for (const row of rows) {
      const value = defaults[row.variable];
      expect(row.defaultValue, row.variable).toBe(value === undefined ? '—' : code(value));
    }
  });

  it('OPS11: the spec column says how .do/app.yaml sets each variable', () => {
    for (const row of rows) {
      const env = web?.envs.find((e) => e.key === row.variable);
      const expected = env === undefined ? (row.variable === 'PORT' ? 'from `http_port`' : '—') : env.type === 'SECRET' ? 'secret' : code(env.value);
      expect(row.spec, row.variable).toBe(expected);
    }
  });

  it('OPS11: the rules the tests quote are written down, OPS1 to OPS12', () => {
    for (let id = 1; id <= 12; id++) expect(doc).toMatch(new RegExp(`^- \\*\\*OPS${id}\\*\\* `, 'm'));
  });
});
