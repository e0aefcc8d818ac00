/** A growable Uint32 array: the generator's per-authorship and per-citation slots without boxed numbers. */
export class GrowableUint32 {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The filled part (a view, not a copy). */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}
