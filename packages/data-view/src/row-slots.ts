/**
 * Which row element shows which row. A virtual table keeps a small pool of row elements; a row that stays in the
 * window keeps its element (and so its text and its layout), and a row that comes in takes the element of one that
 * left. A wheel step of three rows then changes three rows' cells, not every drawn row's (drawing rows by position
 * rewrote ~600 cells per step, a 40–70 ms layout); a jump reuses every element in its old order, so no element moves.
 */
export class RowSlots {
  private slotOf = new Map<number, number>();
  private next = 0;

  /**
   * The element key of each row in `rows` (ascending row indices, as drawn): stable for rows drawn last time, freed
   * keys (in their old order) for new rows, and new keys only when the window grew.
   */
  assign(rows: readonly number[]): number[] {
    const kept = new Set(rows);
    const freed: number[] = [];
    for (const [row, slot] of [...this.slotOf].sort((a, b) => a[0] - b[0])) {
      if (!kept.has(row)) {
        freed.push(slot);
        this.slotOf.delete(row);
      }
    }
    let free = 0;
    return rows.map((row) => {
      let slot = this.slotOf.get(row);
      if (slot === undefined) {
        slot = free < freed.length ? freed[free++]! : this.next++;
        this.slotOf.set(row, slot);
      }
      return slot;
    });
  }
}
