/** A section's new index for a reorder key (with Alt): earlier, later, first, last (EDIT4); null = no move. */
export function keyboardMoveIndex(index: number, count: number, key: string): number | null {
  let next: number;
  if (key === 'ArrowLeft' || key === 'ArrowUp') next = index - 1;
  else if (key === 'ArrowRight' || key === 'ArrowDown') next = index + 1;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  else return null;
  next = Math.min(count - 1, Math.max(0, next));
  return next === index ? null : next;
}

/** Horizontal extent of one strip segment on screen. */
export type SegmentSpan = { left: number; width: number };

/**
 * Where a dragged segment drops (EDIT4): its index among the other sections, i.e. how many of the
 * others have their middle left of the pointer. That is the `toIndex` reorderSection takes.
 */
export function dropIndex(pointerX: number, segments: readonly SegmentSpan[], draggedIndex: number): number {
  let index = 0;
  segments.forEach((segment, i) => {
    if (i !== draggedIndex && segment.left + segment.width / 2 < pointerX) index++;
  });
  return index;
}
