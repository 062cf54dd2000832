// numbers/conflict: a figure whose clause names a segment of the body — 建材板块实现营业收入6.7亿元, 华东分公司… — is that
// segment's, not the whole's (全年实现营业收入28.6亿元), nor another segment's; so is one whose sentence opens with a firm
// the body holds (下属建材公司全年销售…，实现营业收入1.86亿元).
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';
import { clauseLead, sentenceLead } from './sentence.js';

/** A segment of a firm or a group named before its figure: 建材板块, 华东分公司, 零售事业部, 支付业务线. */
// (…and a campus of a school or a hospital: 本部 (not 本部门, the body itself), 南苑校区, 东院区, 城西分院.)
// (微信公众号粉丝 / 抖音号粉丝: each platform an account of its own, counted apart.)
const SEGMENT =
  /([\u4e00-\u9fff]{2,6}?)(?:板块|事业部|事业群|分公司|子公司|业务线|校区|院区|分院|分校)|本部(?!门)|(?:微信)?公众号|抖音号?|视频号|微博|头条号|快手号?|小红书|哔哩哔哩|B站|今日头条/;

/** A firm the body holds, named as its sentence's subject: 下属建材公司, 所属物业公司, 旗下酒店. */
const HELD = /(?:下属|所属|旗下|控股)[\u4e00-\u9fff]{2,10}?(?:公司|企业|集团|酒店|医院|学校)/;

function segmentOf(cx: ConflictRun, x: Stated): string {
  if (!x.q) return '';
  return SEGMENT.exec(clauseLead(cx.model, x.q))?.[0] ?? HELD.exec(sentenceLead(cx.model, x.q))?.[0] ?? '';
}

/** Whether the clauses of `a` and `b` name different segments, or one names a segment and the other none. */
export function segmentsApart(cx: ConflictRun, a: Stated, b: Stated): boolean {
  return segmentOf(cx, a) !== segmentOf(cx, b);
}
