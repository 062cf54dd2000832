// "Did you mean": the known names closest to a mistyped one (commands, flags, pack
// names, rule ids), so a typo gets the right name offered, never a wrong remedy.

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The known names closest to a mistyped one (at most three, and only plausible ones). */
export function nearest(name: string, known: readonly string[]): string[] {
  const scored = known
    .map((k) => ({ k, d: Math.min(distance(name, k), k.endsWith(`/${name}`) ? 0 : Infinity) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(x.k.length / 3)));
  return scored
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((x) => x.k);
}
