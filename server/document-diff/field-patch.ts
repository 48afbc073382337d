/** A patch value: an optional field may be cleared with `null`, a required one only replaced. */
export type FieldPatch<T, K extends keyof T> = { [P in K]?: undefined extends T[P] ? Exclude<T[P], undefined> | null : T[P] };

/** JSON-equal values (fields hold primitives and arrays of primitives); absent equals absent. */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields of `target` that differ from `current`, as an accessor patch: a value the target does
 * not have becomes `null` (clear).
 */
export function fieldPatch<T extends object, K extends keyof T & string>(current: T, target: T, fields: readonly K[]): FieldPatch<T, K> {
  const patch: Partial<Record<K, unknown>> = {};
  for (const field of fields) {
    const next = target[field];
    if (!sameFieldValue(current[field], next)) patch[field] = next === undefined ? null : next;
  }
  // Each entry is target[field] or null, and null only where the field may be undefined: the FieldPatch shape.
  return patch as FieldPatch<T, K>;
}

export function isEmptyPatch(patch: object): boolean {
  return Object.keys(patch).length === 0;
}
