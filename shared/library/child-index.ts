/**
 * Children by parent id, for incremental readers; a parent may be missing. Children lists are
 * short (a section's chords, an entity's overlays), so arrays beat sets here, in time and memory.
 */
export class ChildIndex {
  readonly byParent = new Map<string, string[]>();

  add(parent: string, child: string): void {
    const children = this.byParent.get(parent);
    if (children === undefined) this.byParent.set(parent, [child]);
    else if (!children.includes(child)) children.push(child);
  }

  /** add() for a child known to be new (a first full scan): no duplicate check. */
  addNew(parent: string, child: string): void {
    const children = this.byParent.get(parent);
    if (children === undefined) this.byParent.set(parent, [child]);
    else children.push(child);
  }

  remove(parent: string, child: string): void {
    const children = this.byParent.get(parent);
    const at = children?.indexOf(child) ?? -1;
    if (children === undefined || at < 0) return;
    children.splice(at, 1);
    if (children.length === 0) this.byParent.delete(parent);
  }

  childrenOf(parent: string): readonly string[] {
    return this.byParent.get(parent) ?? [];
  }
}
