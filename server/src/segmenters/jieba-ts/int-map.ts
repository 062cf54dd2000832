// A map from non-negative ints to values, for the tagger's word caches (by trie node,
// by code unit): open addressing over typed arrays, so a look-up is one multiply and
// usually one probe. (A Map<number, …> look-up was ~8% of segmentation.) Entries are
// only added, or all cleared at once.
export class IntMap<T> {
  /** key + 1 at its slot; 0: empty. */
  private keys = new Int32Array(0);
  /** Index into `values` at the key's slot. */
  private at = new Int32Array(0);
  private values: T[] = [];
  private shift = 0;

  constructor() {
    this.clear();
  }

  get size(): number {
    return this.values.length;
  }

  get(key: number): T | undefined {
    const mask = this.keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = this.keys[h];
      if (k === key + 1) return this.values[this.at[h]];
      if (k === 0) return undefined;
    }
  }

  /** Adds a key that is not in the map. */
  add(key: number, value: T): void {
    // At most half full: probes stay short.
    if (2 * (this.values.length + 1) > this.keys.length) this.rehash(2 * this.keys.length);
    this.place(key, this.values.length);
    this.values.push(value);
  }

  clear(): void {
    this.values = [];
    this.rehash(1 << 10);
  }

  private place(key: number, index: number): void {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[h] !== 0) h = (h + 1) & mask;
    this.keys[h] = key + 1;
    this.at[h] = index;
  }

  private rehash(size: number): void {
    const { keys, at } = this;
    this.keys = new Int32Array(size);
    this.at = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    for (let h = 0; h < keys.length; h++) if (keys[h] !== 0) this.place(keys[h] - 1, at[h]);
  }
}
