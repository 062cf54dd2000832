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
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Every near miss of the formulas in `text`. A window that is itself one of `known` (another formula, a
 * correct variant) is none, nor is one overlapping an exact occurrence of its formula. The first and last
 * characters must match the formula's: an edit at the edge is as often a neighbouring word (从严治校).
 */
export function nearMisses(text: string, formulas: readonly string[], known: ReadonlySet<string>): NearMiss[] {
  const out: NearMiss[] = [];
  for (const f of formulas) {
    const L = f.length;
    if (L < 6) continue;
    const exact: [number, number][] = [];
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) exact.push([i, i + L]);
    const half = L >> 1;
    const head = f.slice(0, half);
    const tail = f.slice(half);
    const starts = new Set<string>();
    const consider = (s: number, e: number) => {
      if (s < 0 || e > text.length || e - s < L - 1) return;
      const key = `${s}:${e}`;
      if (starts.has(key)) return;
      starts.add(key);
      const w = text.slice(s, e);
      if (w[0] !== f[0] || w[w.length - 1] !== f[L - 1] || known.has(w) || !oneEditApart(w, f)) return;
      if (exact.some(([a, b]) => s < b && a < e)) return;
      if (out.some((m) => s < m.end && m.start < e)) return;
      out.push({ formula: f, start: s, end: e });
    };
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) for (const len of [L - 1, L, L + 1]) consider(i, i + len);
    for (let j = text.indexOf(tail); j >= 0; j = text.indexOf(tail, j + 1))
      for (const len of [L - 1, L, L + 1]) consider(j + tail.length - len, j + tail.length);
  }
  return out.sort((a, b) => a.start - b.start);
}
