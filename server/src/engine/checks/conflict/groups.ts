// numbers/conflict: which figures may pair — only figures with the same unit and scope, and two prose figures
// only when they count the same thing with the same verb (or the same digits in another order), so a long
// report stays linear.
import type { Stated } from './stated.js';
import { digitsKeyed } from './digits.js';
import { LIGHT_VERBS } from './naming.js';

/** Figures of one unit and scope: all of them, the tables', and the prose ones by thing and verb. */
export interface Group {
  all: number[];
  /** The last figure of the group that refers back, if any. */
  lastBack?: number;
  tables?: number[];
  things: Map<string, Map<string, number[]>>;
  /** The year's-whole prose figures (and those with a verb of their own) by their digits in order (transposed() pairs come from one list). */
  digits?: Map<string, number[]>;
}

// Figures a transposed one may pair with: the year's whole, or what a verb of its own says was done.
// (And any figure of four digits or more: those a slip of the keys may have swapped, kept in their own list.)
function byDigits(x: Stated): boolean {
  return x.whole || (!!x.q?.verb && !LIGHT_VERBS.has(x.q.verb)) || digitsKeyed(x).digits.replace('.', '').length >= 4;
}

/** The figures (in document order) and the group of each. */
export interface Groups {
  readonly stated: readonly Stated[];
  readonly of: readonly Group[];
}

// Only figures with the same unit and scope can pair up, and two prose figures only
// when they count the same thing with the same verb: index those groups so a long
// report stays linear. Nested maps keyed by the strings themselves, not joined keys:
// a joined key is a new string each run, to be hashed again.
/** Each figure's group, by unit and scope. */
export function groupFigures(stated: readonly Stated[]): Groups {
  const byUnit = new Map<string, Map<string, Group>>();
  const of = stated.map((x, k) => {
    let byScope = byUnit.get(x.unit);
    if (!byScope) byUnit.set(x.unit, (byScope = new Map()));
    let g = byScope.get(x.scope);
    if (!g) byScope.set(x.scope, (g = { all: [], things: new Map() }));
    g.all.push(k);
    if (x.refersBack || x.short) g.lastBack = k;
    if (x.q) {
      let byVerb = g.things.get(x.thing);
      if (!byVerb) g.things.set(x.thing, (byVerb = new Map()));
      const list = byVerb.get(x.verb);
      if (list) list.push(k);
      else byVerb.set(x.verb, [k]);
      if (byDigits(x)) {
        const key = digitsKeyed(x).key;
        const same = (g.digits ??= new Map()).get(key);
        if (same) same.push(k);
        else g.digits.set(key, [k]);
      }
    } else (g.tables ??= []).push(k);
    return g;
  });
  return { stated, of };
}

/** The figures `stated[i]` may pair with, in document order (the group's own lists: a pair reported takes its figure out). */
export function candidates(gs: Groups, i: number): number[] {
  const stated = gs.stated;
  const x = stated[i];
  const g = gs.of[i];
  if (!x.q) return g.all;
  // A figure that refers back may name its batch more briefly: look at every figure of its unit and scope.
  if (x.refersBack || (g.lastBack ?? -1) > i) return g.all;
  const same = g.things.get(x.thing)?.get(x.verb) ?? [];
  // (Only figures with other digits: a repeated figure with the same digits is no transposition, and a
  // figure not of `x`'s thing pairs with `x` only as one — none refers back after `x` here.)
  const dx = byDigits(x) ? digitsKeyed(x) : undefined;
  const swapped = dx ? (g.digits?.get(dx.key) ?? []).filter((j) => digitsKeyed(stated[j]).digits !== dx.digits && !same.includes(j)) : [];
  return g.tables || swapped.length ? [...same, ...(g.tables ?? []), ...swapped].sort((p, q) => p - q) : same;
}
