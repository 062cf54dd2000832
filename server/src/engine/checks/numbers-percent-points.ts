// numbers/percent: a rate's change against another time written in % where the points are meant, told by its size.
import type { Quantity } from '../figures/quantities.js';
import { scanBack, CLAUSE_END } from '../text/scan.js';

/** A rate as a level (付息率, 占比, 比重): not a growth, whose change may be read either way. */
const LEVEL_RATE = /(?:率|占比|比重|比例)(?:为|达|达到|是|仅为)?$/;
/** ，较去年同期下降 / ，同比提高了: the rate compared with itself at another time, nothing else between. */
const AGAINST_TIME =
  /^[，,](?:较|比|同比|环比)(?:上年|去年|上年同期|去年同期|同期|年初|上年末|上季度?|上月|[0-9]{4}年(?:同期)?)?(?:的水平)?(?:下降|降低|减少|回落|上升|提高|增加|上涨)了?$/;

/**
 * 付息率1.92%，较去年同期下降0.18%: read as a relative change, 0.18% of 1.92% moves the rate by 0.0035 points, less
 * than half the last digit it is written to — a change no draft would state. The difference of two rates is meant,
 * 个百分点. (合格率99.6%，同比提高0.3%: 0.3% of it is 0.3 points, which shows; either reading may be meant.)
 */
export function pointsByTheirSize(text: string, r: Quantity, p: Quantity): boolean {
  if (r.kind !== 'percent' || p.kind !== 'percent' || r.value === undefined || p.value === undefined || r.approx || p.approx) return false;
  if (r.value <= 0 || p.value <= 0) return false;
  const lead = text.slice(scanBack(text, r.from, CLAUSE_END), r.from).replace(/\s+/g, '');
  if (!LEVEL_RATE.test(lead)) return false;
  if (!AGAINST_TIME.test(text.slice(r.to, p.from).replace(/\s+/g, ''))) return false;
  if (!/^\s*(?:[，,；;。！!]|$)/.test(text.slice(p.to))) return false;
  const moved = (r.value * p.value) / 100;
  return moved < 0.5 * Math.pow(10, -r.decimals);
}
