// numbers/conflict: parts of a whole — list items under a line that announces parts (其中：), lists joined by 、,
// totals over a counted group. A part's figure is no statement of the whole's measure.
import type { ReportModel } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { unitKin } from './naming.js';

/** 四大节会合计 / 三个园区共 / 以上三项共计: a total over a counted group, a part of the whole. */
export const GROUP_TOTAL =
  /(?:以上|上述|这|前述|[一二两三四五六七八九十0-9]{1,3}(?:大|个|家|所|项|类|场|批|处))[\u4e00-\u9fff]{0,6}(?:合计|共计|总计|累计|共)[\u4e00-\u9fff]{0,6}$/;

/**
 * 新发放贷款1286户、金额5.8亿元 / 迁移客户账户386万户、历史交易数据约21亿条: the 、 after the figure opens a
 * figure of another unit (people in 人 and 名 are one), named in a few words, no figure between: another measure,
 * not the next part of a list of this one's.
 */
export function measuresAfter(text: string, q: Quantity, qs: readonly Quantity[]): boolean {
  // (涉及居民2860户、楼栋86栋: a figure counted by a word the figure reader takes for no unit — 栋 — is of another unit too.)
  const unread = UNREAD_AFTER.exec(text.slice(q.to, q.to + 16));
  if (unread && !q.unit.includes(unread[1]) && !qs.some((x) => x.from > q.to && x.from < q.to + unread[0].length)) return true;
  const next = qs.find((x) => x.from > q.to);
  if (!next || (unitKin(next.unit) === unitKin(q.unit) && !aggregatesApart(q.thing, next.thing))) return false;
  return /^、\s*[\u4e00-\u9fff]{1,10}\s*$/.test(text.slice(q.to, next.from));
}

/** The head of a measure a firm or an office totals on its own: 营业收入 → 收入, 利润总额 → 总额. */
const AGGREGATE = /(?:收入|利润|总额|税费|税收|余额|产值|增加值|总量)$/;

/**
 * 营业收入42.6亿元、利润总额3.18亿元: two aggregates of different heads listed by 、 are two measures, not two parts
 * of one (存款余额、贷款余额 or 一般公共预算收入、税收收入 share a head and may be parts).
 */
export function aggregatesApart(a: string, b: string): boolean {
  const x = AGGREGATE.exec(a);
  const y = AGGREGATE.exec(b);
  return !!x && !!y && a.length >= 3 && b.length >= 3 && x[0] !== y[0];
}

/** 、, a name of a few words and a figure counted by one character the reader takes for no unit (、楼栋86栋). */
const UNREAD_AFTER = /^、\s*[\u4e00-\u9fff]{1,10}\s*[0-9０-９]+\s*([\u4e00-\u9fff])/;

/** A 、 list closed by 等 and a word (商超、景区、餐饮等领域), no 、 after it (not 一等奖、二等奖). */
export const CLOSED_LIST = /^[^、]*、[^等]*等(?![奖级次第])[\u4e00-\u9fff][^、]*$/;

/**
 * A line that announces its parts on the lines below: 共发布40个版本，其中： / 按类型分： / 展出作品共646幅： (a total
 * stated right before the colon).
 */
const ANNOUNCES_PARTS =
  /(?:其中|分别(?:为|是|有)?|包括|按[\u4e00-\u9fff]{1,4}分|(?:共计|合计|总计|共)[0-9０-９]+(?:[.．][0-9０-９]+)?[万亿]?[\u4e00-\u9fff]{1,2})[：:]\s*$/;

/**
 * Whether block `bi` is an item of a list whose lead line announces parts (其中：): its figures are parts
 * of the lead's whole, as after 其中 in a sentence. The lead is the nearest block above that is not an
 * item of the same list (a shallower item, or the paragraph before it).
 */
export function itemOfBreakdown(model: ReportModel, bi: number): boolean {
  const item = model.blocks[bi];
  if (item.kind !== 'listItem') return numberedPart(model, bi);
  let k = bi - 1;
  while (k >= 0 && model.blocks[k].kind === 'listItem' && model.blocks[k].nesting >= item.nesting) k--;
  return k >= 0 && (model.blocks[k].kind === 'paragraph' || model.blocks[k].kind === 'listItem') && ANNOUNCES_PARTS.test(model.blocks[k].text);
}

/** How a plain-text paragraph numbers itself (1. / 2、 / （3） / ④): the kind of marker, '' for none. */
function markerKind(text: string): string {
  const m = PARAGRAPH_MARKER.exec(text);
  return m ? (m[1] ? '1.' : m[2] ? '(1)' : '①') : '';
}
// (Made once: it is asked of every paragraph on every run, and a literal in the function is a new RegExp per call.)
const PARAGRAPH_MARKER = /^\s*(?:([0-9０-９]{1,2})[.．、](?![0-9０-９])|[（(]([0-9０-９]{1,2})[）)]|([①-⑳]))/;

/**
 * 全年实施项目9个，…其中： / 1. 第二水厂扩建工程。… / 3. 智慧水务及其他7个项目。…: in plain text the items are
 * paragraphs numbered alike; those right after a paragraph that announces parts are its parts. (The run of
 * paragraphs numbered alike is walked back at most a dozen deep.)
 */
function numberedPart(model: ReportModel, bi: number): boolean {
  const item = model.blocks[bi];
  if (item.kind !== 'paragraph') return false;
  const kind = markerKind(item.text);
  if (!kind) return false;
  let k = bi - 1;
  while (k >= 0 && bi - k <= 12 && model.blocks[k].kind === 'paragraph' && markerKind(model.blocks[k].text) === kind) k--;
  return k >= 0 && model.blocks[k].kind === 'paragraph' && !markerKind(model.blocks[k].text) && ANNOUNCES_PARTS.test(model.blocks[k].text);
}
