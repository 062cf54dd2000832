// numbers/conflict: a 、-list of named counts said twice (the overview's 召开支部委员会12次、支部党员大会4次、党小组会24次,
// the body's 召开支部委员会12次、支部党员大会5次、党小组会24次): the items are parts and no single one is a stated whole,
// but two lists naming the same items, all but one agreeing, restate one record with one value changed.
import type { Draft } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, SENTENCE_END, CLAUSE_END } from '../../text/scan.js';
import type { ConflictRun } from './context.js';
import { unitKin } from './naming.js';
import { inPlans } from './scopes.js';
import { restated } from './restated.js';

interface Item {
  q: Quantity;
  /** The item's name as written: after the 、 for the second and later, the clause before the figure for the first. */
  label: string;
}

interface Listed {
  items: Item[];
  /** The years its sentence names, sorted ('' for none). */
  years: string;
  /** Who the first item's clause says did it, before 全年/今年 (第一党支部全年召开…: 第一党支部; '' when unsaid). */
  subject: string;
}

/** Between two items: a 、 and the next item's name, nothing else. */
const NEXT_ITEM = /^、\s*([\u4e00-\u9fff]{2,12})\s*$/;
/** The sentence claims the year's own record (not a comparison, not a part of the year). */
const OWN_YEAR = /全年|今年|本年度?|一年来|年内/;
const OTHER_TIME = /去年|上年|同期|同比|上半年|下半年|季度|[0-9一二三四五六七八九十]+月/;
/** Words that open a list of parts of a whole stated beside it. */
const PARTS = /其中|分别|包括/;

/** Two names are one item when they are equal, or one ends the other and is three characters or more. */
function sameItem(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.endsWith(s);
}

/** Each block's 、-lists of three counts or more, outside tables and plans, whose sentence claims the year. */
function lists(cx: ConflictRun): Listed[] {
  const { model } = cx;
  const out: Listed[] = [];
  const all = model.quantities;
  for (let i = 0; i < all.length;) {
    const q = all[i];
    const block = model.blocks[q.blockIndex];
    const text = block.text;
    const items: Item[] = [];
    let j = i;
    while (j + 1 < all.length && all[j + 1].blockIndex === q.blockIndex) {
      const m = NEXT_ITEM.exec(text.slice(all[j].to, all[j + 1].from));
      if (!m || all[j + 1].kind !== 'count' || unitKin(all[j + 1].unit) !== unitKin(all[j].unit)) break;
      if (!items.length) items.push({ q: all[j], label: '' });
      items.push({ q: all[j + 1], label: m[1] });
      j++;
    }
    i = j + 1;
    if (items.length < 3 || items[0].q.kind !== 'count' || block.kind === 'tableRow' || inPlans(cx, items[0].q.start)) continue;
    const first = items[0].q;
    items[0].label = text.slice(scanBack(text, first.from, CLAUSE_END), first.from).replace(/\s+/g, '');
    const sentence = text.slice(scanBack(text, first.from, SENTENCE_END), first.from);
    if (!OWN_YEAR.test(sentence) || OTHER_TIME.test(sentence) || PARTS.test(sentence)) continue;
    const years = (sentence.match(/(?:19|20)[0-9]{2}年/g) ?? []).sort().join('|');
    const clause = items[0].label;
    const own = OWN_YEAR.exec(clause);
    out.push({ items, years, subject: own ? clause.slice(0, own.index) : '' });
  }
  return out;
}

/**
 * The later item of each pair of lists that name at least three items alike, all of them agreeing but one: that one
 * restates the earlier list's item with another value.
 */
export function listsRestated(cx: ConflictRun, reported: ReadonlySet<number>): Draft[] {
  const found = lists(cx);
  const out: Draft[] = [];
  for (let y = 1; y < found.length; y++)
    for (let x = 0; x < y; x++) {
      const a = found[x];
      const b = found[y];
      if ((a.years && b.years && a.years !== b.years) || a.items[0].q.blockIndex === b.items[0].q.blockIndex) continue;
      // (第一党支部全年召开… / 第二党支部全年召开…: two bodies' records, alike by design.)
      if (a.subject && b.subject && a.subject !== b.subject) continue;
      const pairs: [Item, Item][] = [];
      for (const ib of b.items) {
        const ia = a.items.find((it) => sameItem(it.label.slice(-ib.label.length), ib.label) || sameItem(it.label, ib.label.slice(-it.label.length)));
        if (ia && unitKin(ia.q.unit) === unitKin(ib.q.unit)) pairs.push([ia, ib]);
      }
      const apart = pairs.filter(([p, r]) => p.q.min > r.q.max || r.q.min > p.q.max);
      if (pairs.length < 3 || apart.length !== 1) continue;
      const [p, r] = apart[0];
      if (reported.has(r.q.start)) continue;
      const name = r.label.length >= 2 ? r.label : p.label;
      out.push(restated(p.q, r.q, name));
      break;
    }
  return out;
}
