// The characters a regular expression's matches can begin with, read from its source, so that
// a text holding none of them is not searched at all. A pack's placeholder patterns (twenty-odd)
// were each run over every paragraph — most open with lookbehinds, which V8 tries at every
// position — while one pass over the paragraph tells which of them could match anywhere.
//
// The reading is conservative: anything it does not fully understand (a class like \s or \w, a
// negated class, `.`, an optional first item, a case-insensitive flag, a character outside the
// BMP…) answers undefined, "could begin with anything", and that pattern is always run.

/** The UTF-16 code units a non-empty match of `source` can begin with, or undefined when unknown. */
export function firstChars(source: string, flags = ''): Set<number> | undefined {
  // (Case folding adds characters; the v flag's classes nest.)
  if (flags.includes('i') || flags.includes('v')) return undefined;
  try {
    const r = new Reader(source, flags.includes('u'));
    const set = r.alternatives();
    return r.at === source.length ? set : undefined;
  } catch {
    return undefined;
  }
}

class Unknown extends Error {}

class Reader {
  at = 0;
  constructor(
    readonly s: string,
    readonly unicode: boolean,
  ) {}

  private fail(): never {
    throw new Unknown();
  }

  /**
   * `a|b|…` up to an unmatched `)` or the end: the union of the alternatives' first characters.
   * With `need` false (inside an assertion, or after the first consuming item) the syntax is only
   * stepped over: anything goes there.
   */
  alternatives(need = true): Set<number> | undefined {
    const out = new Set<number>();
    let known = true;
    for (;;) {
      const first = this.sequence(need);
      if (first === undefined) known = false;
      else for (const c of first) out.add(c);
      if (this.s[this.at] !== '|') break;
      this.at++;
    }
    return known && need ? out : undefined;
  }

  /** One alternative: the first characters of its first item that must consume one (undefined when there is none, or it is optional). */
  private sequence(need: boolean): Set<number> | undefined {
    let first: Set<number> | undefined | null = null; // null: no consuming item yet
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const item = this.item(need && first === null);
      const min = this.quantifier();
      if (item === 'zero') continue; // an assertion: it consumes nothing, whatever its quantifier
      if (first !== null) continue; // only the first consuming item decides
      first = min === 0 || !need ? undefined : item;
    }
    return first === null ? undefined : first;
  }

  /** One item: its first characters (when `need`), undefined when unknown or not needed, or 'zero' for an assertion. */
  private item(need: boolean): Set<number> | undefined | 'zero' {
    const s = this.s;
    const c = s[this.at];
    if (c === '^' || c === '$') {
      this.at++;
      return 'zero';
    }
    if (c === '(') {
      this.at++;
      let zero = false;
      if (s.startsWith('?=', this.at) || s.startsWith('?!', this.at)) {
        this.at += 2;
        zero = true;
      } else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) {
        this.at += 3;
        zero = true;
      } else if (s.startsWith('?:', this.at)) this.at += 2;
      else if (s.startsWith('?<', this.at)) {
        const end = s.indexOf('>', this.at);
        if (end < 0) this.fail();
        this.at = end + 1;
      } else if (s[this.at] === '?') this.fail(); // modifiers and anything newer
      const inner = this.alternatives(need && !zero);
      if (s[this.at] !== ')') this.fail();
      this.at++;
      return zero ? 'zero' : inner;
    }
    if (c === '[') return this.cls(need);
    if (c === '.') {
      this.at++;
      return undefined;
    }
    if (c === '\\') {
      const e = s[this.at + 1];
      if (e === 'b' || e === 'B') {
        this.at += 2;
        return 'zero';
      }
      if (e === 'd') {
        this.at += 2;
        return range(0x30, 0x39);
      }
      return this.escape(need);
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === ']' || c === '|') this.fail();
    if ((c === '{' || c === '}') && this.unicode) this.fail();
    const cu = this.literal();
    return cu < 0 ? undefined : new Set([cu]);
  }

  /** A character standing for itself: its code unit (-1 for a character outside the BMP under the u flag, which is two). */
  private literal(): number {
    const cp = this.s.codePointAt(this.at)!;
    if (this.unicode && cp > 0xffff) {
      this.at += 2;
      return -1;
    }
    this.at++;
    return this.s.charCodeAt(this.at - 1);
  }

  /** An escape: the one character it stands for (\uXXXX, \u{X}, \xXX, \n, \. …), else undefined (a class, a reference…). */
  private escape(need: boolean): Set<number> | undefined {
    const c = this.escapedUnit();
    return c === undefined || c < 0 || !need ? undefined : new Set([c]);
  }

  /** The code unit of a one-character escape at `at` (-1: a character outside the BMP), or undefined for any other escape; steps over it. */
  private escapedUnit(): number | undefined {
    const s = this.s;
    const e = s[this.at + 1];
    if (e === undefined) this.fail();
    const rest = s.slice(this.at + 2, this.at + 12);
    if (e === 'u') {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(rest);
      if (braced && this.unicode) {
        this.at += 2 + braced[0].length;
        const cp = parseInt(braced[1], 16);
        return cp > 0xffff ? -1 : cp;
      }
      const four = /^[0-9a-fA-F]{4}/.exec(rest);
      if (!four) this.fail();
      this.at += 6;
      const cu = parseInt(four[0], 16);
      // (A surrogate written as an escape may pair with the next one under the u flag.)
      return cu >= 0xd800 && cu <= 0xdfff ? -1 : cu;
    }
    if (e === 'x') {
      const two = /^[0-9a-fA-F]{2}/.exec(rest);
      if (!two) this.fail();
      this.at += 4;
      return parseInt(two[0], 16);
    }
    if (e === 'p' || e === 'P') {
      const m = /^\{[^}]*\}/.exec(s.slice(this.at + 2));
      if (!m || !this.unicode) this.fail();
      this.at += 2 + m[0].length;
      return undefined;
    }
    if (e === 'k') {
      const end = s.indexOf('>', this.at);
      if (end < 0) this.fail();
      this.at = end + 1;
      return undefined;
    }
    if (e === 'c') {
      this.at += 3;
      return undefined;
    }
    const named: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 };
    if (e in named) {
      this.at += 2;
      return named[e];
    }
    if (/[0-9]/.test(e)) {
      // \0 alone is NUL; any other digit is a reference (or an octal escape): stepped over, unknown.
      const m = /^[0-9]+/.exec(s.slice(this.at + 1))!;
      this.at += 1 + m[0].length;
      return e === '0' && m[0].length === 1 ? 0 : undefined;
    }
    this.at += 2;
    // \s \S \w \W \D and other letters mean more than one character; punctuation stands for itself.
    if (/[A-Za-z]/.test(e)) return undefined;
    return e.charCodeAt(0);
  }

  /** `[…]`: its characters (undefined when negated, holding a class escape, or not needed). */
  private cls(need: boolean): Set<number> | undefined {
    const s = this.s;
    this.at++;
    let known = need;
    if (s[this.at] === '^') {
      known = false;
      this.at++;
    }
    const out = new Set<number>();
    const one = (): number | undefined => {
      if (this.at >= s.length) this.fail();
      if (s[this.at] === '\\') {
        if (s[this.at + 1] === 'b') {
          this.at += 2;
          return 8;
        }
        if (s[this.at + 1] === 'd') {
          this.at += 2;
          if (known) for (let c = 0x30; c <= 0x39; c++) out.add(c);
          return undefined;
        }
        if (s[this.at + 1] === '-') {
          this.at += 2;
          return 0x2d;
        }
        const c = this.escapedUnit();
        if (c === undefined || c < 0) known = false;
        return c === undefined || c < 0 ? undefined : c;
      }
      const c = this.literal();
      if (c < 0) known = false;
      return c < 0 ? undefined : c;
    };
    while (s[this.at] !== ']') {
      if (this.at >= s.length) this.fail();
      const wasEscapeD = s[this.at] === '\\' && s[this.at + 1] === 'd';
      const lo = one();
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        const hiIsD = s[this.at] === '\\' && s[this.at + 1] === 'd';
        const hi = one();
        if (wasEscapeD || hiIsD || lo === undefined || hi === undefined) {
          // (A range with a class at one end is read by V8 as the class, '-' and the other end.)
          known = false;
          continue;
        }
        if (hi < lo) this.fail();
        // (A wide range — any CJK character — is given up: such a pattern could start almost
        // anywhere in a report, and a set of tens of thousands costs more to build than it saves.)
        if (hi - lo > 0x400) known = false;
        if (known) for (let c = lo; c <= hi; c++) out.add(c);
      } else if (lo !== undefined) out.add(lo);
    }
    this.at++;
    return known ? out : undefined;
  }

  /** A quantifier after an item, if any: its minimum (1 without one). */
  private quantifier(): number {
    const s = this.s;
    const c = s[this.at];
    let min = 1;
    if (c === '*' || c === '?') {
      min = 0;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{([0-9]+)(,[0-9]*)?\}/.exec(s.slice(this.at));
      if (!m) {
        if (this.unicode) this.fail();
        return 1; // a literal { outside the u flag: read as the next item
      }
      min = Number(m[1]);
      this.at += m[0].length;
    } else return 1;
    if (s[this.at] === '?') this.at++; // lazy
    return min;
  }
}

function range(lo: number, hi: number): Set<number> {
  const out = new Set<number>();
  for (let c = lo; c <= hi; c++) out.add(c);
  return out;
}

/**
 * A gate for a list of patterns: which of them may match a text, found in one pass over it.
 * Patterns whose first characters are unknown always may. `mayMatch(text)[i]` is 1 when
 * pattern i has to be run on the text.
 */
export function patternGate(sets: readonly (Set<number> | undefined)[]): (text: string) => Uint8Array {
  const n = sets.length;
  const always = new Uint8Array(n);
  // Bit i of word i >>> 5: pattern i. Each code unit that opens some pattern has a row of such
  // words (its group: units opening the same patterns share one); byUnit holds 1 + its row.
  const W = Math.max(1, (n + 31) >>> 5);
  const full = new Uint32Array(W);
  const rows = new Map<string, number>();
  const rowWords: number[] = [];
  const byUnit = new Uint16Array(0x10000);
  const patternsOf = new Map<number, number[]>();
  sets.forEach((set, i) => {
    if (!set) {
      always[i] = 1;
      return;
    }
    full[i >>> 5] |= 1 << (i & 31);
    for (const c of set) {
      let list = patternsOf.get(c);
      if (!list) patternsOf.set(c, (list = []));
      list.push(i);
    }
  });
  for (const [c, list] of patternsOf) {
    const key = list.join(',');
    let row = rows.get(key);
    if (row === undefined) {
      rows.set(key, (row = rowWords.length / W));
      const words = new Array<number>(W).fill(0);
      for (const i of list) words[i >>> 5] |= 1 << (i & 31);
      rowWords.push(...words);
    }
    byUnit[c] = row + 1;
  }
  const masks = Uint32Array.from(rowWords);
  const seen = new Uint32Array(W);
  const expand = (): Uint8Array => {
    const out = always.slice();
    for (let i = 0; i < n; i++) if ((seen[i >>> 5] >>> (i & 31)) & 1) out[i] = 1;
    return out;
  };
  if (W === 1) {
    const all = full[0] | 0;
    return (text) => {
      let acc = 0;
      for (let i = 0; i < text.length; i++) {
        const g = byUnit[text.charCodeAt(i)];
        if (g !== 0 && (acc |= masks[g - 1]) === all) break;
      }
      seen[0] = acc;
      return expand();
    };
  }
  return (text) => {
    seen.fill(0);
    for (let i = 0; i < text.length; i++) {
      const g = byUnit[text.charCodeAt(i)];
      if (g !== 0) for (let w = 0, at = (g - 1) * W; w < W; w++) seen[w] |= masks[at + w];
    }
    return expand();
  };
}
