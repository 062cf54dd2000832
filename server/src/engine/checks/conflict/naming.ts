// numbers/conflict: naming a measure — which words of a figure's sentence say what it counts (its thing and verb,
// a doing and its object, a net change's balance, a target's name), and how a message writes that name.
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, afterLast, CLAUSE_END } from '../../text/scan.js';
import { COLON_COMMA } from './sentence.js';

/** Verbs that only state a figure: 实现地方财政收入3.2亿元 and 地方财政收入3.4亿元 are one measure. */
export const LIGHT_VERBS = new Set(['实现', '完成', '实施', '达到', '达', '共有', '有', '拥有', '辖', '下辖', '累计', '共计', '合计', '总计', '占']);

/** Units that count people: one measure whichever is written. */
export const HEADS = new Set(['人', '名']);
/**
 * Units that count one measure whichever is written: people by 人 or 名 — and cases by 例, as the people they are of
 * (住院分娩2136人 / 全年分娩量2163例) — sessions by 场 or 场次.
 */
export function unitKin(u: string): string {
  return HEADS.has(u) || u === '例' ? '人' : u === '场次' ? '场' : u;
}
/** Verbs of registering something new (新登记, 新注册, 新设立): what 新增 counts. */
export const NEW_REGISTER = /^(?:登记|注册|设立)$/;

/** Short forms reports use for a measure named in full elsewhere. */
export const SHORT_FORMS = new Map([
  ['营收', '营业收入'],
  ['财收', '财政收入'],
  ['固投', '固定资产投资'],
]);

/** A measure named by its doing (抽检, 办理): two characters or more, none of the verbs that only state a figure. */
export const doingOnly = (q: Quantity): boolean => !q.thing && q.verb.length >= 2 && !LIGHT_VERBS.has(q.verb) && /^[\u4e00-\u9fff]+$/.test(q.verb);

/**
 * A measure's name as the report writes it near `at`, for messages: one named by its doing and that doing's object
 * (分娩住院, from 住院分娩2136人) is read verb first, and shown the other way round when only that is on the line.
 */
export function asWritten(text: string, name: string, at: number): string {
  const from = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  if (name.length < 3 || line.includes(name)) return name;
  for (let i = 1; i < name.length; i++) {
    const turned = name.slice(i) + name.slice(0, i);
    if (line.includes(turned)) return turned;
  }
  return name;
}

/** A figure's measure as its own words name it: the thing (with its verb unless a light one), or the doing alone. */
export function nameOf(x: Quantity): string {
  if (!x.thing) return x.verb;
  return LIGHT_VERBS.has(x.verb) || x.thing.startsWith(x.verb) ? x.thing : x.verb + x.thing;
}

/**
 * 门急诊量 is what 门急诊 counts: a trailing 量 (the volume of it) names no other measure, two characters or more before
 * it. (Not 总量, 存量, 增量, 数量, 质量…: there 量 makes a word of its own.)
 */
export function volumeOf(thing: string): string {
  return thing.length >= 3 && /[\u4e00-\u9fff]{2}量$/.test(thing) && !/[总存增数质重含能容变余限超]量$/.test(thing) ? thing.slice(0, -1) : thing;
}

/** 解决实际问题 counts what 解决问题 does: 实际 or 具体 before 问题 (困难, 需求, 诉求) names no other kind of them. */
export function plainOf(thing: string): string {
  return /^(?:实际|具体)(?:问题|困难|需求|诉求)$/.test(thing) ? thing.slice(2) : thing;
}

/** 新 and a noun of two characters or more, not a compound of its own (新型…, 新区, 新村, 新城). */
export const NEW_THING = /^新(?![型区村城品兴])[\u4e00-\u9fff]{2,}$/;

/** What sets a target, right before its figure: 达到, 不少于, 提升至… */
const TARGET_VERB = /(?:达到|达|为|不少于|不低于|超过|提升至|提升到|提高至|提高到|降至|降到|降低至|降低到|控制在|≥|>=)\s*$/;

/**
 * The measure a target names, as its clause writes it (E2E 用例数达到 300 条 → E2E 用例数): the reader may take
 * only its last characters for the thing (例数) where Latin letters and spaces stand in the name.
 */
export function targetName(text: string, x: Quantity): string {
  const clause = text.slice(scanBack(text, x.from, CLAUSE_END), x.from);
  const name = clause.slice(afterLast(clause, COLON_COMMA)).replace(TARGET_VERB, '').trim();
  const squeezed = name.replace(/\s+/g, '');
  return /^[A-Za-z0-9\u4e00-\u9fff\s]{2,16}$/.test(name) && squeezed.endsWith(x.thing.replace(/\s+/g, '')) ? name : x.thing;
}
