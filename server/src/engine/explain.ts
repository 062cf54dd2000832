// How a rule shows the working behind one of its findings (the sum, the items counted,
// the two values that disagree) — written by the rule itself (`RuleMeta.explain`, from the
// finding's `data`), shown by every front end (the editor's hover, the HTML report) the same
// way. These are the small formatting words the rules share.

/** A figure for a reader: integers as they are, fractions to two places, ∞ for an open bound. */
export function num(v: unknown): string {
  if (Array.isArray(v)) return v.map(num).join('～');
  if (typeof v !== 'number') return String(v);
  if (!Number.isFinite(v)) return v > 0 ? '∞' : String(v);
  return String(Math.round(v * 100) / 100);
}

/** `a` or `a～b` (an approximate figure's bounds). */
export function range(min: unknown, max: unknown): string {
  return min === max ? num(min) : `${num(min)}～${num(max)}`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The data's plain fields as `key = value` lines: the fallback for a rule with no words of its own. */
export function plainFields(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => `${k} = ${typeof v === 'number' ? num(v) : String(v)}`);
}
