/**
 * A binary min-heap of numbered items by priority. Equal priorities come out in the order they went in,
 * which keeps searches that use it deterministic.
 */
export class MinHeap {
  private readonly priority: number[] = [];
  private readonly order: number[] = [];
  private readonly item: number[] = [];
  private counter = 0;

  get size(): number {
    return this.item.length;
  }

  push(priority: number, item: number): void {
    this.priority.push(priority);
    this.order.push(this.counter++);
    this.item.push(item);
    this.up(this.item.length - 1);
  }

  /** The item with the lowest priority; call only when size > 0. */
  pop(): number {
    const top = this.item[0] ?? -1;
    const last = this.item.length - 1;
    this.swap(0, last);
    this.priority.pop();
    this.order.pop();
    this.item.pop();
    this.down(0);
    return top;
  }

  private less(a: number, b: number): boolean {
    const pa = this.priority[a] ?? 0;
    const pb = this.priority[b] ?? 0;
    return pa < pb || (pa === pb && (this.order[a] ?? 0) < (this.order[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    for (const list of [this.priority, this.order, this.item]) {
      const t = list[a] ?? 0;
      list[a] = list[b] ?? 0;
      list[b] = t;
    }
  }

  private up(k: number): void {
    for (let child = k; child > 0;) {
      const parent = (child - 1) >> 1;
      if (!this.less(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(k: number): void {
    const n = this.item.length;
    for (let parent = k; ;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < n && this.less(left, smallest)) smallest = left;
      if (right < n && this.less(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }
}
