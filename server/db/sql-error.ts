import { z } from 'zod';

/** SQLSTATE codes the server reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const SqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  serializationFailure: '40001',
  transactionAborted: '25P02',
} as const;

export type SqlError = { code: string; constraint?: string };

const sqlErrorShape = z.object({
  code: z.string().regex(/^[0-9A-Z]{5}$/),
  constraint: z.string().optional().catch(undefined),
});

/** The SQLSTATE and constraint of an error thrown by either implementation; undefined for other errors. */
export function sqlErrorOf(error: unknown): SqlError | undefined {
  const parsed = sqlErrorShape.safeParse(error);
  if (!parsed.success) return undefined;
  return parsed.data.constraint === undefined ? { code: parsed.data.code } : parsed.data;
}
