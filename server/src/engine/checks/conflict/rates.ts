// numbers/conflict: one rate's level this year stated twice with two values (漏损率降至9.1% … 漏损率…降至9.6%).
import type { Draft, ReportModel } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, scanForward, afterLast, SENTENCE_END } from '../../text/scan.js';
import { SEMI_COMMA, figuresBetween } from './sentence.js';
import { unitKin } from './naming.js';
import { PLAN, MONTHS } from './scopes.js';

/**
 * A rate's level as a clause states it: its name (four characters or more, ending in 率) opening the clause, after
 * an item's number, then what it came to — 供水管网漏损率降至9.1% / 2.管网漏损率由上年的10.4%降至9.6% — or what it
 * is, said plainly or granted: 门诊预约率62.3% / 门诊预约率仍为63.2% / 床位使用率达91%. (Group 2: the verb of what it came to.)
 */
const RATE_LEVEL =
  /^\s*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、)?\s*([\u4e00-\u9fff]{3,10}率)(?:(?:由[^，,；;。%％]{0,12}[%％])?(降至|降到|下降至|下降到|降低至|降低到|提高至|提高到|提升至|提升到|上升至|上升到|升至|达到|控制在)|(?:仍|已|还|也)?(?:达到?|为)?)\s*$/;

/** The year's end opening a rate's name (年末不良贷款率): when the level is, not which rate. */
const YEAR_END = /^(?:年末|年底|期末)/;

/**
 * 供水管网漏损率降至9.1% … 管网漏损率由上年的10.4%降至9.6%: one rate's level this year, stated twice with two
 * values. Only a rate named in full (four characters or more, one name ending the other) opening its clause, in
 * sentences that name no other period, year or plan; not in the plans part.
 */
export function rateLevels(model: ReportModel, scopesIn: (text: string) => readonly string[], inPlans: (at: number) => boolean): Draft[] {
  const levels: { q: Quantity; name: string; moved: boolean; years: string; sentence: number }[] = [];
  for (const q of model.quantities) {
    if (q.kind !== 'percent' || q.value === undefined || q.approx || q.range || inPlans(q.start)) continue;
    const block = model.blocks[q.blockIndex];
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    const text = block.text;
    const s = scanBack(text, q.from, SENTENCE_END);
    const lead = text.slice(s, q.from);
    const clause = lead.slice(afterLast(lead, SEMI_COMMA));
    const m = RATE_LEVEL.exec(clause);
    // (年末不良贷款率为1.64% … 不良贷款率1.46%: the year's end is when a year's report states every level; the rate is named without it.)
    const rate = m ? m[1].replace(YEAR_END, '') : '';
    if (!m || rate.length < 4 || !/^\s*(?:[，,；;。]|$)/.test(text.slice(q.to))) continue;
    const sentence = text.slice(s, scanForward(text, q.to, SENTENCE_END));
    // (门诊预约诊疗7.6万人次，其中线上预约5.1万人次，门诊预约率62.3%: 其中 splits the counts before the rate, in clauses of
    // their own, whose words (线上) scope those parts; the rate, in a clause of its own, is the whole's.)
    const split = clause.includes('其中') ? -1 : lead.lastIndexOf('其中');
    // (由上年的10.4%: where the rate came from names last year; what it came to is this year's.)
    const own = (split >= 0 ? lead.slice(0, split) + clause : lead).replace(/由[^，,；;。%％]{0,12}[%％]/, '');
    if (PLAN.test(sentence) || scopesIn(own).some((w) => w) || MONTHS.test(own)) continue;
    levels.push({ q, name: rate, moved: !!m[2], years: (lead.match(/(?:19|20)[0-9]{2}年/g) ?? []).sort().join('|'), sentence: s });
  }
  // 美术类考生56人，本科上线49人，本科上线率87.5%: a rate its own sentence works out (49÷56) is the rate of the group that
  // sentence counts; two such, of two values, are of two groups. (Worked out only for a pair about to be reported.)
  const derived = new Map<Quantity, boolean>();
  const worksOut = (x: { q: Quantity; sentence: number }): boolean => {
    let d = derived.get(x.q);
    if (d === undefined) {
      const counts = figuresBetween(model, x.q.blockIndex, x.sentence, x.q.from).filter((c) => c.kind === 'count' && c.value !== undefined && !c.approx);
      const step = 0.5 * Math.pow(10, -x.q.decimals) + 1e-9;
      d = counts.some((p) =>
        counts.some((w) => w !== p && w.value! > p.value! && unitKin(w.unit) === unitKin(p.unit) && Math.abs((p.value! / w.value!) * 100 - x.q.value!) <= step),
      );
      derived.set(x.q, d);
    }
    return d;
  };
  /** The thing the first count of a rate's sentence counts, before the rate. */
  const countedFirst = (x: { q: Quantity; sentence: number }): string =>
    figuresBetween(model, x.q.blockIndex, x.sentence, x.q.from).find((c) => c.kind === 'count' && c.value !== undefined)?.thing ?? '';
  const out: Draft[] = [];
  const reported = new Set<Quantity>();
  // (A rate stated plainly is one measure only with a rate of that very name: 车险综合成本率 / 非车险综合成本率, 安全利用率 /
  // 重点建设用地安全利用率 are two. The earlier levels are looked up by name, and those of a change kept apart: a long
  // draft states hundreds of rates.)
  const byName = new Map<string, number[]>();
  const moved: number[] = [];
  for (let j = 0; j < levels.length; j++) {
    const b = levels[j];
    const same = byName.get(b.name) ?? [];
    const named = b.moved
      ? [...same, ...moved.filter((i) => levels[i].name !== b.name && (levels[i].name.endsWith(b.name) || b.name.endsWith(levels[i].name)))].sort(
          (x, y) => x - y,
        )
      : same;
    if (same.length) same.push(j);
    else byName.set(b.name, [j]);
    if (b.moved) moved.push(j);
    for (const i of named) {
      if (reported.has(b.q)) break;
      const a = levels[i];
      if (a.q.blockIndex === b.q.blockIndex && a.sentence === b.sentence) continue;
      // (综合窗口受理办件31.4万件…按时办结率99.98% / 热线受理群众诉求8.63万件…按时办结率98.6%: the rate of what each sentence
      // counts first, two different things.)
      const ta = countedFirst(a);
      const tb = countedFirst(b);
      if (ta && tb && !ta.includes(tb) && !tb.includes(ta)) continue;
      if (a.years && b.years && a.years !== b.years) continue;
      const step = 0.5 * Math.pow(10, -Math.min(a.q.decimals, b.q.decimals));
      if (Math.abs(a.q.value! - b.q.value!) <= step + 1e-9 || (worksOut(a) && worksOut(b))) continue;
      reported.add(b.q);
      const name = a.name.length <= b.name.length ? a.name : b.name;
      out.push({
        start: b.q.start,
        end: b.q.end,
        message: `“${name}”前文为${a.q.raw}，此处为${b.q.raw}，同一数据前后不一致。`,
        related: [{ start: a.q.start, end: a.q.end, message: `前文：${a.name}${a.q.raw}` }],
        data: {
          thing: name,
          unit: '%',
          values: [
            { raw: a.q.raw, min: a.q.min, max: a.q.max },
            { raw: b.q.raw, min: b.q.min, max: b.q.max },
          ],
        },
      });
    }
  }
  return out;
}
