// Finding any of a few hundred literal strings in a text, as a regex alternation of
// them would (`/布署|做为|…/g`: the leftmost match, and there the first form in the
// given order), without the regex. V8 tries such an alternation form by form at
// every position; tables of the characters, and pairs of characters, that start a
// form let the scan skip almost every character of Chinese prose with an array read
// or two. Code units, like a regex without the `u` flag.

export interface LiteralMatch {
  index: number;
  form: string;
}

/** A slot for two code units in the pair table (collisions only cost a closer look). */
const pairSlot = (a: number, b: number) => ((a << 5) ^ b) & 0xffff;

export class Literals {
  /** By first code unit: 0 no form starts with it, 1 a one-unit form does, 2 only longer forms do. */
  private readonly starts = new Uint8Array(0x10000);
  /** 1 where some form starts with a pair of code units hashed to this slot. */
  private readonly pairs = new Uint8Array(0x10000);
  /** Forms by first code unit, in the order given. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(forms: readonly string[]) {
    for (const form of forms) {
      if (!form) continue;
      const c = form.charCodeAt(0);
      if (form.length === 1) this.starts[c] = 1;
      else {
        if (this.starts[c] === 0) this.starts[c] = 2;
        this.pairs[pairSlot(c, form.charCodeAt(1))] = 1;
      }
      const list = this.byFirst.get(c);
      if (list) list.push(form);
      else this.byFirst.set(c, [form]);
    }
  }

  /** The first match at or after `from`. */
  next(text: string, from: number): LiteralMatch | undefined {
    const { starts, pairs } = this;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const s = starts[c];
      if (s === 0 || (s === 2 && pairs[pairSlot(c, text.charCodeAt(i + 1))] === 0)) continue;
      for (const form of this.byFirst.get(c)!) if (text.startsWith(form, i)) return { index: i, form };
    }
    return undefined;
  }
}
