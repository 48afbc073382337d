import type { z } from 'zod';
import type { Row } from '../db/database.ts';

/** timestamptz comes back as Date; the row schemas hold ISO-8601 strings, as the projector writes them. */
function normalize(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}

/**
 * Projection rows parsed with their row schema (schema-rows.ts). A row that does not parse is left
 * out — the projector rewrites such rows on its next pass — rather than failing the whole answer.
 */
export function parseRows<S extends z.ZodType>(schema: S, rows: readonly Row[]): z.output<S>[] {
  const parsed: z.output<S>[] = [];
  for (const row of rows) {
    const result = schema.safeParse(normalize(row));
    if (result.success) parsed.push(result.data);
  }
  return parsed;
}

/** The column list of a row schema, for SELECTs that must match it exactly. */
export function columnsOf(schema: z.ZodObject, alias?: string): string {
  return Object.keys(schema.shape)
    .map((column) => (alias ? `${alias}.${column}` : column))
    .join(', ');
}
