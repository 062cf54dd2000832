// Near misses of fixed formulas: where a text holds a formula with one character added, dropped or
// changed inside it (社会网主义市场经济体制 for 社会主义市场经济体制). One edit cannot touch both halves
// of a formula, so every near miss holds one half exactly: the halves are found with indexOf and only
// the windows they anchor are compared. Linear in the text for each formula.

export interface NearMiss {
  /** The formula it misses. */
  formula: string;
  start: number;
  end: number;
}

/** Whether `a` becomes `b` by one insertion, deletion or substitution (and a !== b). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Every near miss of the formulas in `text`. A window that is itself one of `known` (another formula, a
 * correct variant) is none, nor is one overlapping an exact occurrence of its formula. The first and last
 * characters must match the formula's: an edit at the edge is as often a neighbouring word (从严治校).
 */
export function nearMisses(text: string, formulas: readonly string[], known: ReadonlySet<string>): NearMiss[] {
  const found: NearMiss[] = [];
  // The characters the text holds, one bit per code unit: a formula neither of whose halves can
  // occur (one of its characters is missing) is passed over without searching the text for it,
  // three searches per formula and paragraph being the bulk of this scan.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    PRESENT[c >>> 5] |= 1 << (c & 31);
  }
  try {
    scan(text, formulas, known, found);
  } finally {
    for (let i = 0; i < text.length; i++) PRESENT[text.charCodeAt(i) >>> 5] = 0;
  }
  // In order, and one per stretch of text: the first window found there (a window may be found from both halves).
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: NearMiss[] = [];
  for (const m of found) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

/** Bits of the characters of the text being scanned (cleared after each scan). */
const PRESENT = new Uint32Array(2048);

/** Whether every character of f[from, to) is in the text being scanned. */
function allPresent(f: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = f.charCodeAt(i);
    if (((PRESENT[c >>> 5] >>> (c & 31)) & 1) === 0) return false;
  }
  return true;
}

function scan(text: string, formulas: readonly string[], known: ReadonlySet<string>, found: NearMiss[]): void {
  for (const f of formulas) {
    const L = f.length;
    if (L < 6) continue;
    const half = L >> 1;
    // Every near miss holds one half exactly (and an exact occurrence holds both).
    if (!allPresent(f, 0, half) && !allPresent(f, half, L)) continue;
    // Exact occurrences, in order: a window overlapping one is part of the formula written right.
    let exact: number[] | undefined;
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) (exact ??= []).push(i);
    const head = f.slice(0, half);
    const tail = f.slice(half);
    // (Plain functions and counted loops: this runs for every paragraph, and closures, arrays
    // of lengths and one-character strings per window were most of what the check allocated.)
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1))
      for (let len = L - 1; len <= L + 1; len++) consider(text, f, i, i + len, exact, known, found);
    for (let j = text.indexOf(tail); j >= 0; j = text.indexOf(tail, j + 1))
      for (let len = L - 1; len <= L + 1; len++) consider(text, f, j + tail.length - len, j + tail.length, exact, known, found);
  }
}

/** The window text[s, e) as a near miss of `f`, if it is one. */
function consider(text: string, f: string, s: number, e: number, exact: number[] | undefined, known: ReadonlySet<string>, found: NearMiss[]): void {
  if (s < 0 || e > text.length) return;
  if (text.charCodeAt(s) !== f.charCodeAt(0) || text.charCodeAt(e - 1) !== f.charCodeAt(f.length - 1)) return;
  const w = text.slice(s, e);
  if (known.has(w) || !oneEditApart(w, f) || (exact !== undefined && overlapsExact(exact, f.length, s, e))) return;
  found.push({ formula: f, start: s, end: e });
}

/** Whether [s, e) overlaps an exact occurrence (of length L) among the sorted starts. */
function overlapsExact(exact: number[], L: number, s: number, e: number): boolean {
  // The last exact start before e (binary search); it overlaps when it ends after s.
  let lo = 0;
  let hi = exact.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (exact[mid] < e) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k >= 0 && exact[k] + L > s;
}
