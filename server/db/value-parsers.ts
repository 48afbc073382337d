/** Text-format parsers shared by both implementations, so a row reads the same from pg and PGlite. */

/** PostgreSQL type OIDs whose parsing we override. */
export const TypeOid = {
  bytea: 17,
  int8: 20,
  int8Array: 1016,
  date: 1082,
  interval: 1186,
} as const;

/** int8 as a JS number: exact up to 2^53, and a loud error past it rather than a silently rounded id. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} does not fit a JS number exactly`);
  return value;
}

/** Decodes bytea's hex output (`\x0a1b…`) straight into a fresh Uint8Array (not a pooled Buffer slice). */
export function parseByteaHex(text: string): Uint8Array {
  if (!text.startsWith('\\x')) throw new Error('bytea value is not in hex format (bytea_output must be hex)');
  const bytes = new Uint8Array((text.length - 2) / 2);
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).write(text.slice(2), 'hex');
  return bytes;
}

/** Keeps a value as the server printed it (dates as 'YYYY-MM-DD', intervals as '1 day'). */
export function keepText(text: string): string {
  return text;
}
