// numbers/conflict: two batches of one thing that the report tells apart by who or when — a batch referred back to
// by the years before the report's that made it, and work done for bodies at two levels of the administration.
import type { ReportModel } from '../../types.js';
import { reportYear } from '../../figures/history.js';
import type { Stated } from './stated.js';

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
