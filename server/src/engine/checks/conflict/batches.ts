// numbers/conflict: two batches of one thing that the report tells apart by who or when — a batch referred back to
// by the years before the report's that made it, and work done for bodies at two levels of the administration.
import type { Draft, ReportModel } from '../../types.js';
import { reportYear } from '../../figures/history.js';
import type { Stated } from './stated.js';
import { figuresBetween } from './sentence.js';
import { asWritten } from './naming.js';

/**
 * 新建高标准农田3.8万亩 … 对2019—2021年建成的11.2万亩高标准农田开展“回头看”: a figure referring back to a batch by the
 * years, all before the report's, that made it counts an earlier batch, not this year's stated again.
 */
export function earlierBatch(model: ReportModel, a: Stated, b: Stated): boolean {
  const [back, other] = b.refersBack && b.years && !a.years ? [b, a] : a.refersBack && a.years && !b.years ? [a, b] : [undefined, undefined];
  if (!back || !other) return false;
  const year = reportYear(model);
  return year !== undefined && back.years.split('|').every((y) => Number(y.slice(0, 4)) < year);
}

/** A body of the administration at one level, named before what it ran: 国家卫健委临检中心, 省临检中心, 市卫健委. */
const BODY = /(?<![全本该])(国家|省|市|县)(?:级)?[\u4e00-\u9fff]{0,5}?(?:中心|委|局|厅|部|院|协会|学会)/;

/**
 * 参加国家卫健委临检中心室间质评项目146项 … 参加省临检中心室间质评项目212项: the same work done for bodies at two levels of
 * the administration, each sentence naming its own before the figure, counts two things.
 */
export function bodiesApart(model: ReportModel, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q) return false;
  const la = BODY.exec(model.blocks[a.q.blockIndex].text.slice(a.sentence, a.q.from));
  const lb = la ? BODY.exec(model.blocks[b.q.blockIndex].text.slice(b.sentence, b.q.from)) : null;
  return !!la && !!lb && la[1] !== lb[1];
}

/** A floor of money right before the thing counted: 500万元以上工业项目, 亿元以上项目. */
const MONEY_FLOOR = /([0-9０-９.．]*\s*[万亿千百]?元)以上[\u4e00-\u9fff“”]{0,10}$/;

/**
 * 全年实施500万元以上工业项目64个 … 新开工亿元以上工业项目21个: projects counted above two floors of money are two sets
 * (the larger ones are some of the others), whatever else the sentences say.
 */
export function floorsApart(model: ReportModel, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q) return false;
  const fa = MONEY_FLOOR.exec(model.blocks[a.q.blockIndex].text.slice(a.sentence, a.q.from));
  const fb = fa ? MONEY_FLOOR.exec(model.blocks[b.q.blockIndex].text.slice(b.sentence, b.q.from)) : null;
  return !!fa && !!fb && fa[1].replace(/\s+/g, '') !== fb[1].replace(/\s+/g, '');
}

/** A measure of those a batch of events reached: 覆盖农民, 惠及群众. */
const REACH = /^(?:覆盖|惠及)/;
/** Units counting batches of events: 15期, 6批, 3轮. */
const BATCH_UNITS = new Set(['期', '批', '轮', '班']);
/** Scopes that leave the year's whole as it is (累计 of this year's batches). */
const YEAR_SCOPE = new Set(['', '累计']);

/**
 * 全年举办种养技术培训班12期，培训农户860人次 … 今年12期培训累计覆盖农户880人次: those the same batches of events (the
 * same count of them in both sentences) reached, named by the doing of the first (培训) in the second's words, are the
 * ones the first counted. The measures are named by two verbs and 累计 sets the second apart, so the pairs never meet
 * them; the later figure is reported the way they report one.
 */
export function reachRestated(model: ReportModel, stated: readonly Stated[]): Draft[] {
  const out: Draft[] = [];
  for (let j = 0; j < stated.length; j++) {
    const b = stated[j];
    if (!b.q || b.reported || b.inTable || !REACH.test(b.thing) || !YEAR_SCOPE.has(b.scope)) continue;
    const noun = b.thing.slice(2);
    if (noun.length < 2) continue;
    const bText = model.blocks[b.q.blockIndex].text;
    const lead = bText.slice(b.sentence, b.q.from);
    const batches = figuresBetween(model, b.q.blockIndex, b.sentence, b.q.from).filter((y) => BATCH_UNITS.has(y.unit) && y.value !== undefined && y.value >= 2);
    if (!batches.length) continue;
    for (let i = j - 1; i >= 0; i--) {
      const a = stated[i];
      if (!a.q || a.inTable || a.unit !== b.unit || a.years !== b.years || !YEAR_SCOPE.has(a.scope) || a.thing.length !== noun.length + 2) continue;
      if (!a.thing.endsWith(noun) || !lead.includes(a.thing.slice(0, 2)) || (a.min <= b.max && b.min <= a.max)) continue;
      const own = figuresBetween(model, a.q.blockIndex, a.sentence, a.q.from);
      if (!own.some((z) => batches.some((y) => y.unit === z.unit && y.value === z.value))) continue;
      b.reported = true;
      const name = asWritten(model.text, a.thing, a.span.start);
      out.push({
        start: b.span.start,
        end: b.span.end,
        message: `“${name}”前文为${a.raw}，此处为${b.raw}，同一数据前后不一致。`,
        related: [{ start: a.span.start, end: a.span.end, message: `前文：${name}${a.raw}` }],
        data: {
          thing: name,
          unit: b.q.unit,
          values: [
            { raw: a.raw, min: a.min, max: a.max },
            { raw: b.raw, min: b.min, max: b.max },
          ],
        },
      });
      break;
    }
  }
  return out;
}
