// The whole 分别 spreads over the places it reaches, one clause of another measure standing between:
// 全年完成退化草场补播1.6万亩，总投资2300万元，分布于东岭、西坪、南塘3个村，面积分别为….
import type { Quantity } from './quantities.js';

/** One clause of another measure after the whole: ，总投资. */
const ASIDE = /^[，,][\u4e00-\u9fff]{1,6}$/;
/** The places the whole reaches, named after a verb of reach: ，分布于东岭、西坪、南塘. */
const PLACES = /^[，,](?:涉及|覆盖|遍及|分布[在于])[^，,。；;：:0-9０-９]{1,30}$/;
/** After the count of places, up to 分别: the rest of their noun, then the measure named again (，长度). */
const MEASURE_AGAIN = /^[\u4e00-\u9fff]{0,6}[，,][\u4e00-\u9fff]{0,4}$/;

/**
 * The whole of the parts' measure that 分别 spreads over the places counted right before it (`before`: the sentence's
 * figures before 分别, the last of them that count), when one clause of another measure stands between the whole and the
 * places (，总投资2300万元); with where that clause ends, the places' names starting after it. Undefined otherwise.
 */
export function wholeBeforeAside(
  text: string,
  before: readonly Quantity[],
  firstPart: Quantity,
  cueAt: number,
): { whole: Quantity; asideEnd: number } | undefined {
  if (before.length < 3) return undefined;
  const [whole, other, count] = before.slice(-3);
  if (whole.unit !== firstPart.unit || whole.kind !== firstPart.kind || other.unit === whole.unit) return undefined;
  if (whole.value === undefined || whole.approx || count.value === undefined || count.approx) return undefined;
  if (!ASIDE.test(text.slice(whole.to, other.from))) return undefined;
  const places = text.slice(other.to, count.from);
  if (!PLACES.test(places) || !/[、和及与]/.test(places)) return undefined;
  return MEASURE_AGAIN.test(text.slice(count.to, cueAt)) ? { whole, asideEnd: other.to } : undefined;
}
