// Stage: sim. The versions of one location as the lost-update detector records them: for each
// version v (1, 2, ...), the thread that wrote it and the version its value was computed from
// (its parent: 0 for the initial value, -1 for a blind write). Stored as runs: a run is a
// stretch of versions written by one thread, each after the first computed from the one before
// (a loop's `x += 1` without interference is one run, however long), so a summarised loop
// (AccessObserver.repeat) adds its versions in O(1) and the detector's questions cost O(runs).

export class VersionHistory {
  /** Versions so far (the latest version's number). */
  size = 0;
  /** Run r: versions start[r] .. start[r] + len[r] - 1, by writer[r]; the first's parent is parent[r]. */
  private start = new Int32Array(8);
  private len = new Int32Array(8);
  private writer = new Int32Array(8);
  private parent = new Int32Array(8);
  private runs = 0;

  /** A new version by `writer` computed from version `parent` (-1: a blind write). */
  append(writer: number, parent: number): void {
    const v = this.size + 1;
    const r = this.runs - 1;
    if (r >= 0 && this.writer[r] === writer && parent === v - 1) this.len[r]++;
    else {
      if (this.runs === this.start.length) this.grow();
      this.start[this.runs] = v;
      this.len[this.runs] = 1;
      this.writer[this.runs] = writer;
      this.parent[this.runs] = parent;
      this.runs++;
    }
    this.size = v;
  }

  /** `count` new versions by `writer`, each computed from the one before (the first from the latest). */
  appendChain(writer: number, count: number): void {
    if (count <= 0) return;
    this.append(writer, this.size);
    this.len[this.runs - 1] += count - 1;
    this.size += count - 1;
  }

  /** The parent of version v (1 <= v <= size). */
  parentOf(v: number): number {
    const r = this.runOf(v);
    return v === this.start[r] ? this.parent[r]! : v - 1;
  }

  /** Versions from..size written by threads other than `thread`: how many, and by whom. */
  othersSince(from: number, thread: number): { count: number; writers: Set<number> } {
    const writers = new Set<number>();
    let count = 0;
    for (let r = this.runs - 1; r >= 0; r--) {
      const s = this.start[r]!;
      const e = s + this.len[r]! - 1;
      if (e < from) break;
      if (this.writer[r] !== thread) {
        count += e - Math.max(s, from) + 1;
        writers.add(this.writer[r]!);
      }
    }
    return { count, writers };
  }

  /**
   * The latest version and its ancestors (parent, parent's parent... down to 0 or a blind
   * write), as disjoint intervals [from, to], ascending.
   */
  ancestry(): [number, number][] {
    const out: [number, number][] = [];
    let v = this.size;
    while (v > 0) {
      const r = this.runOf(v);
      out.push([this.start[r]!, v]);
      v = this.parent[r]!;
    }
    return out.reverse();
  }

  /** The run holding version v (binary search: runs are sorted by start). */
  private runOf(v: number): number {
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start[mid]! <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.len = more(this.len);
    this.writer = more(this.writer);
    this.parent = more(this.parent);
  }
}
