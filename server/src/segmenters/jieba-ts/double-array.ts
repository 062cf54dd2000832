// Build time: the dictionary's words as a double-array trie (the layout in format.ts).
// - Code units are renumbered densely by how often they label an edge (the most common
//   gets 1), so a node's children fall close together.
// - Every inner node gets a base of its own, so a slot's check can be the code that leads
//   to it (slot base(k) + c holding check c can only be k's child) and shares an int with
//   the word's score; leaves share one base past the end, whose slots are all empty.
// - Nodes are placed breadth-first, children in code order, each at the first base that
//   fits (searched 32 bases at a time over bitsets): deterministic, about two thirds of
//   the slots used (5 s to build jieba's 350k words).
import { BASE_BITS, CODE_BITS, CODE_SIZE, SLOT } from './format';

export interface DoubleArray {
  /** Code unit → dense code, 0 for a unit in no word. */
  code: Uint16Array;
  /** SLOT ints per slot (format.ts). */
  slots: Int32Array;
}

interface TNode {
  kids: Map<number, TNode>;
  value: number;
  tag: number;
  /** Breadth-first number. */
  id: number;
}

/** A word's score index + 1 (non-zero) and its tag index. */
export interface WordValue {
  value: number;
  tag: number;
}

export function doubleArray<E>(words: Map<string, E>, valueOf: (e: E) => WordValue): DoubleArray {
  const mk = (): TNode => ({ kids: new Map(), value: 0, tag: 0, id: 0 });
  const root = mk();
  const uses = new Map<number, number>();
  for (const [w, e] of words) {
    let n = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let k = n.kids.get(c);
      if (!k) {
        n.kids.set(c, (k = mk()));
        uses.set(c, (uses.get(c) ?? 0) + 1);
      }
      n = k;
    }
    ({ value: n.value, tag: n.tag } = valueOf(e));
  }

  const code = new Uint16Array(CODE_SIZE);
  const units = [...uses].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (units.length >= 1 << CODE_BITS) throw new Error('dictionary: too many distinct characters');
  units.forEach(([c], i) => (code[c] = i + 1));

  // Breadth-first numbering, each node's children as [code, node] in code order.
  const nodes: TNode[] = [root];
  const kidsOf: [number, TNode][][] = [];
  for (let q = 0; q < nodes.length; q++) {
    const kids = [...nodes[q].kids].map(([c, k]): [number, TNode] => [code[c], k]).sort((a, b) => a[0] - b[0]);
    kidsOf.push(kids);
    for (const [, k] of kids) {
      k.id = nodes.length;
      nodes.push(k);
    }
  }

  const room = new Room();
  const base = new Int32Array(nodes.length).fill(-1);
  const slotOf = new Int32Array(nodes.length); // the root is slot 0
  const codeOf = new Int32Array(nodes.length); // the root's stays 0: no code is 0
  let end = 1;
  for (let i = 0; i < nodes.length; i++) {
    if (kidsOf[i].length === 0) continue;
    base[i] = room.fit(kidsOf[i].map((k) => k[0]));
    for (const [c, k] of kidsOf[i]) {
      slotOf[k.id] = base[i] + c;
      codeOf[k.id] = c;
      end = Math.max(end, base[i] + c + 1);
    }
  }
  // Leaves' base: past every slot, followed by room for any code (all empty).
  const leaf = end;
  end += units.length + 1;
  if (end > 1 << BASE_BITS) throw new Error('dictionary: too many trie slots');
  const slots = new Int32Array(SLOT * end);
  for (let i = 0; i < nodes.length; i++) {
    const s = SLOT * slotOf[i];
    slots[s] = (base[i] < 0 ? leaf : base[i]) | (nodes[i].tag << BASE_BITS);
    slots[s + 1] = codeOf[i] | (nodes[i].value << CODE_BITS);
  }
  return { code, slots };
}

/**
 * Which slots are taken and which bases are used, as bitsets (bit i of word i >> 5);
 * bits past the end read as 0. first(at) skips taken slots fast (a path-compressed
 * next-free index) for one-child nodes; larger ones test 32 bases at a time.
 */
class Room {
  private taken = new Bits();
  private bases = new Bits();
  private next = new Int32Array(1 << 16).map((_, i) => i);

  constructor() {
    this.take(0); // the root
  }

  private take(i: number): void {
    this.taken.set(i);
    if (i + 1 >= this.next.length) {
      const next = new Int32Array(2 * (i + 1)).map((_, j) => j);
      next.set(this.next);
      this.next = next;
    }
    this.next[i] = i + 1;
  }

  /** The first slot ≥ i not taken. */
  private first(i: number): number {
    let r = i;
    while (r < this.next.length && this.next[r] !== r) r = this.next[r];
    while (i < this.next.length && this.next[i] !== i && i !== r) {
      const n = this.next[i];
      this.next[i] = r;
      i = n;
    }
    return r;
  }

  /** The first base ≥ 0, unused, whose slots base + code are all free (codes ascending, ≥ 1); takes them. */
  fit(codes: number[]): number {
    const k = codes.length;
    let base: number;
    if (k === 1) {
      let p = this.first(codes[0]);
      while (this.bases.get(p - codes[0])) p = this.first(p + 1);
      base = p - codes[0];
    } else {
      for (let b = this.first(codes[0]) - codes[0]; ; b += 32) {
        let ok = ~this.bases.get32(b);
        for (let j = 0; j < k && ok !== 0; j++) ok &= ~this.taken.get32(b + codes[j]);
        if (ok !== 0) {
          base = b + 31 - Math.clz32(ok & -ok);
          break;
        }
      }
    }
    this.bases.set(base);
    for (const c of codes) this.take(base + c);
    return base;
  }
}

/** A growing bitset. */
class Bits {
  private w = new Uint32Array(1 << 12);

  set(i: number): void {
    if (i >>> 5 >= this.w.length) {
      const w = new Uint32Array(2 * ((i >>> 5) + 1));
      w.set(this.w);
      this.w = w;
    }
    this.w[i >>> 5] |= 1 << (i & 31);
  }

  get(i: number): boolean {
    return i >>> 5 < this.w.length && (this.w[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  /** Bits i … i + 31 as one int (bit 0 = bit i). */
  get32(i: number): number {
    const at = i >>> 5;
    const o = i & 31;
    const lo = at < this.w.length ? this.w[at] : 0;
    if (o === 0) return lo | 0;
    const hi = at + 1 < this.w.length ? this.w[at + 1] : 0;
    return (lo >>> o) | (hi << (32 - o));
  }
}
