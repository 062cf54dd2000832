// Readings of numbers/sum's breakdowns kept apart from its run loop: parts that are no part of the whole.
import type { Quantity } from '../figures/quantities.js';

/** The noun a figure counts, written right after it (3个党员攻坚项目) or found before it. */
const NOUN_AFTER = /^[\u4e00-\u9fff]{2,10}/;

/**
 * 设立3个党员攻坚项目，其中“学位保障”项目新增公办学位1860个: a lone part whose label names one of the whole's things by its
 * head noun (项目) and goes on to count another thing of it (新增公办学位) measures that one thing; it is no share of the whole.
 * (其中重点项目5个 ends with the head: it counts some of the whole, and is checked.)
 */
export function measureOfOne(text: string, total: Quantity, label: string): boolean {
  const nouns = [NOUN_AFTER.exec(text.slice(total.to))?.[0] ?? '', total.thing];
  return nouns.some((n) => {
    const head = n.slice(-2);
    if (!/^[\u4e00-\u9fff]{2}$/.test(head)) return false;
    const at = label.indexOf(head);
    return at > 0 && /^[\u4e00-\u9fff]{2,}$/.test(label.slice(at + 2)) && !label.endsWith(head);
  });
}

/**
 * 压缩到1—3个工作日，其中即时制卡网点覆盖全部9个乡镇: the lone part counts a thing named right after it that shares not
 * a character with the thing named after the total — a figure of another measure that 其中 happens to precede.
 */
export function countsOtherThing(text: string, total: Quantity, part: Quantity): boolean {
  const a = NOUN_AFTER.exec(text.slice(total.to))?.[0];
  const b = NOUN_AFTER.exec(text.slice(part.to))?.[0];
  return !!a && !!b && ![...b].some((c) => a.includes(c));
}
