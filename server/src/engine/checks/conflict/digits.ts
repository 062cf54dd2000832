// numbers/conflict: figures written with the same digits in another order (3,860 / 3,680), a slip of the keys.
import type { Digits, Stated } from './stated.js';

/** Two figures written with the same digits in another order (3,860 / 3,680; 3.62 / 3.26): three digits or more. */
function digitsOf(x: string): string {
  return (/^[^0-9０-９]*([0-9０-９][0-9０-９,，.．]*)/.exec(x)?.[1] ?? '').replace(/[,，]/g, '').replace('．', '.');
}

/**
 * Digits by a figure's text, kept across runs: a run's figures are new objects, their texts mostly
 * are not. (Texts of up to 12 characters: V8 copies slices that short, so no draft is kept alive.)
 */
const DIGITS = new Map<string, Digits>();

/** The digits sorted, with where the point is (the key): transposed figures share it. */
export function digitsKeyed(x: Stated): Digits {
  if (x.digits) return x.digits;
  let digits = DIGITS.get(x.raw);
  if (!digits) {
    const d = digitsOf(x.raw);
    digits = { digits: d, key: `${d.indexOf('.')}:${[...d].sort().join('')}`, long: d.replace(/[.．]/g, '').length >= 3 };
    if (DIGITS.size >= 20_000) DIGITS.clear();
    if (x.raw.length <= 12) DIGITS.set(x.raw, digits);
  }
  return (x.digits = digits);
}

/** The same digits in another order, the point where it was: the same key, not the same digits. */
export function transposed(a: Stated, b: Stated): boolean {
  const da = digitsKeyed(a);
  const db = digitsKeyed(b);
  // (486.3亿元 and 386.4万元 share their digits but not their scale: ten thousand times apart, no slip of the keys.)
  return da.digits !== db.digits && da.digits.length === db.digits.length && da.long && da.key === db.key && scaleOf(a.raw) === scaleOf(b.raw);
}

/** The scale word written after a figure's digits: 万, 亿, 千 ('' for none). */
function scaleOf(raw: string): string {
  return /[0-9０-９]\s*([万亿千])/.exec(raw)?.[1] ?? '';
}
