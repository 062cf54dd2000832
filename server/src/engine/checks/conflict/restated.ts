// numbers/conflict: a later figure restating the one the report stated before under the same name, with another value —
// the finding, and the test that the earlier statements agree among themselves and were not far off.
import type { Draft, Quantity } from '../../types.js';

/**
 * The earlier figure `b` restates (the last of `found`), when every earlier statement gives one value, `b` cannot be that
 * value, and the two are within twice each other (a slip of the keys or an update, never a figure of another set).
 */
export function clashingEarlier(found: readonly Quantity[], b: Quantity): Quantity | undefined {
  const a = found[found.length - 1];
  if (!a || found.some((x) => x.min !== a.min || x.max !== a.max) || (a.min <= b.max && b.min <= a.max)) return undefined;
  return Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max) ? undefined : a;
}

/** The finding on `b`, which states `shown` with another value than `a` did. */
export function restated(a: Quantity, b: Quantity, shown: string, message?: string, earlier?: string): Draft {
  return {
    start: b.start,
    end: b.end,
    message: message ?? `“${shown}”前文为${a.raw}，此处为${b.raw}，同一数据前后不一致。`,
    related: [{ start: a.start, end: a.end, message: `前文：${earlier ?? shown}${a.raw}` }],
    data: {
      thing: shown,
      unit: b.unit,
      values: [
        { raw: a.raw, min: a.min, max: a.max },
        { raw: b.raw, min: b.min, max: b.max },
      ],
    },
  };
}
