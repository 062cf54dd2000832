// numbers/conflict: the pair rules — when two stated figures of one measure conflict. A later figure is compared
// with the earlier ones it may pair with (groups.ts); the rules below set aside pairs that are two quantities after
// all (another batch, part or field; compatible bounds; words that tell them apart) or that the report itself
// settles, and report the later figure of each pair left, once.
import type { Draft } from '../../types.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';
import { lowerBound } from '../../text/sorted.js';
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';
import { candidates, groupFigures } from './groups.js';
import { digitsKeyed, transposed } from './digits.js';
import { areaWhole, sameMeasure, transposedRestatement } from './restatements.js';
import { rowHolds, sentenceStates } from './tables.js';
import { agreesEarlier, amongOf, echoes, evidence, recaps, restatesBeside } from './evidence.js';
import {
  clauseContext,
  clauseWords,
  contextOf,
  namesOther,
  ownWords,
  sameCampaign,
  siblingFields,
  swappedContext,
  titledAlike,
  yearClause,
} from './context-words.js';
import { asWritten, LIGHT_VERBS } from './naming.js';
import { bodiesApart, earlierBatch, floorsApart } from './batches.js';
import { inProblems } from './scopes.js';
import { narrowerKind } from './kinds.js';
import { subjectsApart } from './subjects.js';
import { doneOnApart } from './done-on.js';
import { overviewWhole } from './overview.js';
import { bareAndWhole } from './bare-whole.js';
import { labelsApart } from './labels.js';
import { segmentsApart } from './segments.js';
import { undoneApart } from './undone.js';
import { clauseLead } from './sentence.js';

/** What the figure is for, said in words right after it, and a list's 等 or an attributive's 的 (which say no purpose). */
const WORDS_AFTER = /^\s*[\u4e00-\u9fff]/;
const LIST_OR_ATTRIBUTIVE = /^\s*(?:等|的)/;

const EVENT_UNITS = new Set(['次', '场', '期', '轮', '批', '人次', '户次', '家次', '件次', '场次', '课时', '学时', '天', '小时']);

/** Four characters or more naming a measure, right before a figure. */
const NAME_BEFORE = /[\u4e00-\u9fff]{4}$/;
/** Words that close a lead but name nothing: 达到, 共计… */
const NO_NAME = /达|为|是|共|计|约|近|超|了|的|有/;

/**
 * Whether the four characters right before `a`'s figure name a measure that `b`'s clause, in the part naming problems, writes
 * before its figure too (a result restated there: the problem names no other quantity).
 */
function namedAlike(cx: ConflictRun, a: Stated, b: Stated): boolean {
  if (!a.q || !b.q || !inProblems(cx, b.q.start)) return false;
  const { model } = cx;
  const at = model.blocks[a.q.blockIndex].text;
  const name = NAME_BEFORE.exec(at.slice(Math.max(0, a.q.from - 4), a.q.from))?.[0];
  if (!name || NO_NAME.test(name)) return false;
  const bt = model.blocks[b.q.blockIndex].text;
  return bt.slice(scanBack(bt, b.q.from, CLAUSE_END), b.q.from).includes(name);
}

/** Whether a figure stands in the report's opening paragraph, before its first section. */
/** A unit of the body named in a clause (第二支部, 城关分公司, 各乡镇): its own figures, not the body's. */
const OWN_UNIT = /(?:支部|党委|党组|科室?|处|所|站|队|中心|公司|部门|镇|乡|村|街道|社区|学校|分行|支行|分局|小组|车间)/;

/** A figure right followed by its share of the whole: …13.6万人次，占全馆接待总量的25.8%. */
const SHARE_OF_WHOLE = /^\s*[，,]?\s*占(?:全[馆院校县市区镇局行]|总|全部)[^，,。；;]{0,10}的?\s*[0-9０-９]/;

function shareOfWhole(model: ConflictRun['model'], q: { blockIndex: number; to: number }): boolean {
  return SHARE_OF_WHOLE.test(model.blocks[q.blockIndex].text.slice(q.to, q.to + 24));
}

/** Money spent named by its verb alone: 投资, 投入, 花费. */
/** 开展各类科普活动: every kind of a thing, right before the figure. */
const EVERY_KIND_LEAD = /各(?:类|项|种)[\u4e00-\u9fff]{2,8}$/;

/** 已改造的, 已建成的, 累计已完成的: what has been done to date, before a figure. */
const DONE_TO_DATE = /(?:已经?|累计|历年)[\u4e00-\u9fff]{1,4}的\s*$/;

/** The nouns and verbs of two characters or more in a figure's sentence before it. */
function leadWords(cx: ConflictRun, x: Stated): string[] {
  const text = cx.model.blocks[x.q!.blockIndex].text;
  return cx.model
    .words(text.slice(x.sentence, x.q!.from))
    .filter((w) => w.word.length >= 2 && /^[nv]/.test(w.tag))
    .map((w) => w.word);
}

/** Those who took part in what the sentence names: 参与学生, 参加人数, 受益群众. */
const PARTICIPANTS = /^(?:参与|参加|参训|参会|参赛|受益|惠及)/;
const BARE_SPEND = /^(?:投资|投入|花费|出资|耗资)$/;

function inLead(cx: ConflictRun, q: { start: number; blockIndex: number }): boolean {
  const first = cx.model.sectionNodes[0];
  return !!first && q.start < first.start && cx.model.blocks[q.blockIndex].kind === 'paragraph';
}

/** The later figure of each pair of stated figures (in document order) that state one measure with two values. */
export function conflictingPairs(cx: ConflictRun, stated: Stated[]): Draft[] {
  const { model } = cx;
  const out: Draft[] = [];
  const groups = groupFigures(stated);
  const ev = evidence(stated);
  for (let i = 0; i < stated.length; i++) {
    const list = candidates(groups, i);
    // The lists are in document order: start after i (a group can hold hundreds of figures).
    const a = stated[i];
    for (let k = lowerBound(list, i + 1); k < list.length; k++) {
      const b = stated[list[k]];
      if (b.reported) continue;
      if (a.unit !== b.unit || a.scope !== b.scope) continue;
      if (!a.refersBack && !b.refersBack && (a.ownScope ?? a.scope) !== (b.ownScope ?? b.scope)) continue;
      if (a.years && b.years && a.years !== b.years) continue;
      // Compatible bounds: 6100余 (6100–6200) and 6000多 (6000–7000) can be the same figure.
      // (Asked before the measure's name is compared: most pairs of a long report agree, and agreeing pairs need no name.)
      if (a.min <= b.max && b.min <= a.max) continue;
      const sameThing = sameMeasure(cx, a, b);
      const digitsSwapped = transposed(a, b);
      // Four digits or more in another order are hardly two measures that happen to share them: a slip of the keys.
      const longSwap = digitsSwapped && digitsKeyed(a).digits.replace('.', '').length >= 4;
      const swapped = !sameThing && digitsSwapped && transposedRestatement(a, b, longSwap);
      if (!sameThing && !swapped) continue;
      // (在建项目27个 … 在建的6个钢结构项目: a kind of the thing, named inside its name, is some of it.)
      if (!swapped && b.refersBack && narrowerKind(a.thing, b.thing)) continue;
      // (A doing without its object — 抽检4250批次 — is one measure only with a figure restating it.)
      // (完成授信2914户 … 在今年完成授信2941户的基础上: the same doing, four digits in another order — a slip of the keys.)
      if ((a.verbOnly || b.verbOnly) && !b.thisYear && !swapped && !(longSwap && a.verbOnly && b.verbOnly)) continue;
      if (a.verb && b.verb && a.verb !== b.verb) continue;
      if (a.inTable !== b.inTable && !swapped) {
        const [t, p] = a.inTable ? [a, b] : [b, a];
        // 完成22个系统接入统一身份认证 beside a table's 承载业务系统 87: a bare head noun and what those did
        // count the ones that did it, not the table's measure named in full.
        if (p.thing !== t.thing && WORDS_AFTER.test(p.purpose) && !LIST_OR_ATTRIBUTIVE.test(p.purpose)) continue;
        // 全年新接入业务线5条，接入总数达到14条: the table's figure stated in the same sentence is the one
        // restating it; the other figure there is a part or a change.
        if (p.q && sentenceStates(model, p.q, t)) continue;
        // | 在云业务系统 | 118 | 189 | +71 | beside 完成71个业务系统的上云迁移: the prose states another cell of the row.
        if (p.q && rowHolds(model, p.q, t)) continue;
      }
      // 辖区经营主体1.46万户 / 新登记经营主体1980户: what there is and what was added are two measures.
      if (a.stock !== undefined && b.stock !== undefined && a.stock !== b.stock) continue;
      // 在没有物业的4个小区推行… / 实现辖区9个小区全覆盖: those of a thing that meet a condition are some of it.
      if (a.subset !== b.subset) continue;
      // A quantity stated twice differently is a slip of the keys or an update, never far off: in every slip the
      // blind drafts and real reports hold, the two values are within half of each other. Figures more than twice
      // apart under a bare two-character name (企业14家 / 1800余家企业, 制度11项 / 三项制度, 上线686人 / 119人) are
      // two different things named alike.
      if (!swapped && a.thing.length <= 2 && b.thing.length <= 2 && Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max)) continue;
      // (…and a bare name beside a table row naming it in full — 8 个部门的自建系统 / | 接入部门 | 34 |: some of them.)
      if (!swapped && a.inTable !== b.inTable && Math.min(a.thing.length, b.thing.length) <= 2 && Math.max(a.min, b.min) > 2 * Math.min(a.max, b.max)) continue;
      // (完成软件企业评估28家 … 全市约400家软件企业中: a figure given only roughly, more than three times the other, is of a larger
      // set; a slip restates a figure exactly, and close to it.)
      if (!swapped && (a.q?.approx || b.q?.approx) && Math.max(a.min, b.min) > 3 * Math.min(a.max, b.max)) continue;
      // One sentence stating two values of one measure is comparing them (由…到…, 计划…实际…).
      // (…按88个村看，经营性收入3163.89万元…（按71个行政村看，…；经营性收入2169.56万元…）: a bracket, whatever ； it holds,
      // is part of the sentence it stands in.)
      if (a.q && b.q && a.q.blockIndex === b.q.blockIndex && (a.outer ?? a.sentence) === (b.outer ?? b.sentence)) continue;
      // 投资60万元修停车场，投资75万元改公厕: the same verb spent on two things.
      // (A restatement's words after it say what is done with the batch, not which batch it is.)
      // (…but a group split by 中 — 31名党员中评定为优秀的7名 — is the whole, not 28名党员参加测试, those who did something.)
      // (全镇16个行政村…全部超过10万元 … 全镇15个行政村中仍有7个…: all of an area's things both times, what is said of them
      // parts nothing.)
      if (a.purpose && b.purpose && a.purpose !== b.purpose && (!b.refersBack || b.purpose.startsWith('中')) && !areaWhole(cx, a, b)) continue;
      // (投资104万元，在广盛里社区铺设… / 投资130万元对北陈社区进行上下水改造: money spent, named by the bare verb, on what one
      // of them says and the other does not — two outlays.)
      // (Not …投资34.6亿元的基础上: what follows 的 says what the figure is, not what it went on.)
      if (
        BARE_SPEND.test(a.thing) &&
        a.thing === b.thing &&
        (a.purpose || b.purpose) &&
        a.purpose !== b.purpose &&
        !a.purpose.startsWith('的') &&
        !b.purpose.startsWith('的') &&
        !a.whole &&
        !b.whole
      )
        continue;
      // Events (会议22次 / 会议5次专题研究…) recur: a smaller figure is usually one batch of them.
      // Only two figures that both claim the whole (全年/共/累计…) can conflict.
      // (…unless their sentences state two other figures alike: a restatement of one set of figures, no batch of them.)
      // (一、年度工作概述 … 全年共交付需求 146 个，…，处理线上告警 312 次 … 今年一共收到线上告警 298 次: the year's whole of
      // one doing, summed up in the overview and restated in the body — the year claimed once at the overview's sentence head.)
      const sumsUp =
        b.whole && !!a.q && !!b.q && !!a.q.verb && a.q.verb === b.q.verb && !LIGHT_VERBS.has(a.q.verb) && overviewWhole(cx, a.q) && !overviewWhole(cx, b.q);
      // (全年开展各类科普活动186场次 … 开展各类科普活动168场次，其中…: events of every kind, each time, are the whole of them.)
      const everyKind = !!a.q && !!b.q && (a.whole || b.whole) && EVERY_KIND_LEAD.test(clauseLead(model, a.q)) && EVERY_KIND_LEAD.test(clauseLead(model, b.q));
      if (EVENT_UNITS.has(a.unit) && !(a.whole && b.whole) && !sumsUp && !everyKind && !(digitsSwapped && echoes(model, a, b))) continue;
      // Each sentence names something the other does not: two different activities.
      // (全年收缴党费2.36万元 under 规范组织生活 … 全年党费2.63万元全部按时上缴 under 师德师风与党风廉政: the year's whole of
      // one noun, word for word, its digits in another order, each clause opening with the year — a slip of the keys
      // wherever the report turned; only the clauses' own words tell two apart. Not under items titled alike, one field
      // qualified two ways — 城区供水 / 农村供水 — which part the measure.)
      // (按时足额收缴党费2.46万元 … 全年党费收缴2.64万元: one measure stated bare, then as the year's whole — the same.)
      const oneNoun =
        digitsSwapped &&
        !!a.q &&
        !!b.q &&
        ((a.whole && b.whole && a.q.thing.length >= 2 && a.q.thing === b.q.thing && yearClause(cx, a.q) && yearClause(cx, b.q)) || bareAndWhole(cx, a, b)) &&
        !titledAlike(cx, a.q, b.q);
      // (完成老旧小区改造11个 … 已改造的38个小区中有9个…: what has been done to date, named by 已…的, holds more than the year's
      // batch; it is the stock of all the years, not the year's figure restated.)
      if (!swapped && b.q && b.min > a.max && DONE_TO_DATE.test(cx.model.blocks[b.q.blockIndex].text.slice(Math.max(0, b.q.from - 8), b.q.from))) continue;
      // (组织学生开展研学实践活动，参与学生1240人 … 开设非遗社团6个，参与学生312人: those who took part in what each sentence
      // names; sentences that share no word of it count two groups.)
      if (!swapped && a.q && b.q && PARTICIPANTS.test(a.thing) && a.thing === b.thing && (a.q.blockIndex !== b.q.blockIndex || a.sentence !== b.sentence)) {
        const aw = leadWords(cx, a).filter((w) => !a.thing.includes(w));
        const bw = new Set(leadWords(cx, b).filter((w) => !b.thing.includes(w)));
        if (aw.length && bw.size && !aw.some((w) => bw.has(w))) continue;
      }
      if (oneNoun) {
        // (Less the measure's own words: 党费收缴 names 党费 before its figure, where 收缴党费 names it in the thing.)
        const ac = clauseWords(cx, a.q!).filter((w) => !a.thing.includes(w));
        const bc = clauseWords(cx, b.q!).filter((w) => !b.thing.includes(w));
        if (namesOther(ac, new Set(bc)) && namesOther(bc, new Set(ac))) continue;
      } else if (swapped) {
        const ac = swappedContext(cx, a);
        const bc = swappedContext(cx, b);
        if (namesOther(ac, new Set(bc)) && namesOther(bc, new Set(ac))) continue;
      } else {
        // (手术2836台次 under 业务指标 … 全年手术2863台次 under 服务与质量: the items' titles say where the report
        // turned, not which measure; of four digits in another order only the sentences' own words tell two apart.)
        // (存款净增 under 主要指标 and under 存在的不足: a net change named by its balance is one measure wherever
        // the report turns; only the sentences' own words tell two apart.)
        // (帮助企业解决…问题86个 under 经济运行 … 通过“千名干部联千企”活动为企业解决实际问题68个 under 优化营商环境: two
        // sentences naming one campaign in quotes count its measure; only their own words tell two apart.)
        const own = longSwap || (a.net && b.net) || sameCampaign(model, a, b);
        // (全年门急诊48.6万人次 … 二是门诊空间紧张，全年门急诊量达46.8万人次: the year's whole of one measure, its digits in
        // another order, each opening its own clause with the year — only those clauses' words tell two apart.)
        const clauses = digitsSwapped && a.whole && b.whole && !!a.q && !!b.q && yearClause(cx, a.q) && yearClause(cx, b.q);
        const ac = clauses ? clauseContext(cx, a) : own ? (a.ownList ??= ownWords(cx, a)) : contextOf(cx, a);
        const bc = clauses ? clauseContext(cx, b) : own ? (b.ownList ??= ownWords(cx, b)) : contextOf(cx, b);
        // (本科上线412人 … 二、存在的问题 … 虽然今年本科上线人数达到421人: digits in another order after the same name of four
        // characters, written out before both figures, one restated among the problems — a slip of the keys, whatever else the
        // sentences name.)
        if (
          !(digitsSwapped && namedAlike(cx, a, b)) &&
          (clauses
            ? namesOther(ac, new Set(bc)) && namesOther(bc, new Set(ac))
            : own
              ? namesOther(ac, (b.ownSet ??= new Set(bc))) && namesOther(bc, (a.ownSet ??= new Set(ac)))
              : namesOther(ac, (b.contextSet ??= new Set(bc))) && namesOther(bc, (a.contextSet ??= new Set(ac)))) &&
          !(digitsSwapped && echoes(model, a, b)) &&
          // (全年新增供水用户12600户，用户总数… … 总体看，全年新增供水用户1.32万户，实现营业收入58200万元…: one noun word for
          // word, restated in a sentence summing up figures the report gave before; what else the summary names tells nothing apart.)
          !(!!a.q && !!b.q && a.q.thing.length >= 2 && a.q.thing === b.q.thing && recaps(model, ev, b)) &&
          // (2025年，学院坚持以学科建设为龙头，全年引进博士13人，… before 一、主要工作 … 全年引进博士学位教师15人: the year's whole
          // of one doing, given in the report's opening paragraph, sums up what the body states; the lead's framing names no other quantity.)
          !(a.whole && b.whole && !!a.q && !!b.q && !!a.q.verb && a.q.verb === b.q.verb && !LIGHT_VERBS.has(a.q.verb) && inLead(cx, a.q) && !inLead(cx, b.q)) &&
          // (…全年共培训入党积极分子213人次，发展党员46名 before 一、 … 全年发展党员44名: a doing named word for word in four
          // characters or more, summed up in the opening paragraph and stated as the year's whole in the body.)
          // (Close values only, and the body's clause names no unit of its own: 第二支部全年发展党员2名 counts the branch's.)
          !(
            b.whole &&
            !!a.q &&
            !!b.q &&
            a.q.thing.length >= 4 &&
            a.q.thing === b.q.thing &&
            Math.max(a.min, b.min) <= 1.25 * Math.min(a.max, b.max) &&
            inLead(cx, a.q) &&
            !inLead(cx, b.q) &&
            !OWN_UNIT.test(clauseLead(model, b.q))
          ) &&
          !sumsUp &&
          !everyKind &&
          // (全年完成 32 个服务的容器化迁移 … 全年共完成 34 个服务的容器化迁移: the year's whole of one thing, what was done
          // to it said word for word after it — one measure, whatever else the sentences name.)
          !(a.whole && b.whole && !!a.purpose && a.purpose === b.purpose && a.purpose.replace(/^的/, '').length >= 3)
        )
          continue;
      }
      if (a.q && b.q && !a.refersBack && !b.refersBack && siblingFields(cx, a.q, b.q)) continue;
      // (新生儿出生一件事：办件 1,286 件 / 退休一件事：办件 2,034 件: one measure of two things, each line labelled.)
      if (a.q && b.q && labelsApart(cx, a.q, b.q, Math.min(a.thing.length, b.thing.length) <= 2)) continue;
      // (全年实现营业收入28.6亿元 / 建材板块实现营业收入6.7亿元: the whole and one segment of it.)
      if (a.q && b.q && !swapped && segmentsApart(cx, a, b)) continue;
      // (全年接待读者52.8万人次 / 城市书房全年接待读者13.6万人次，占全馆接待总量的25.8%: a figure given as a share of the
      // whole is some of it.)
      if (!swapped && ((a.q && shareOfWhole(model, a.q)) || (b.q && shareOfWhole(model, b.q)))) continue;
      // (完成老旧小区改造12个 / 尚有未改造老旧小区19个: what was done and what is left.)
      if (!swapped && undoneApart(cx, a, b)) continue;
      // 负责46个业务系统 … 接入…等业务系统32个 … 全院46个业务系统: a figure that repeats what the report said of
      // its measure before `a` agrees with the report; `a`, which that statement did not clash with, counts another set.
      if (!swapped && b.q && agreesEarlier(model, ev, a, b)) continue;
      // 新引进加工企业3家，全镇加工企业达到14家 … 14家加工企业中…: a figure that repeats the other value `a`'s
      // own sentence gives its measure (a batch added and the level reached, told apart there) agrees with the report.
      if (!swapped && b.q && restatesBeside(ev, a, b)) continue;
      // 我校考生604人，本科上线412人，本科上线率68.2% … 美术类考生56人，本科上线49人，上线率87.5%: figures each given as a
      // share of a whole of their sentence, wholes of other values, count two groups.
      if (a.q && b.q && !swapped) {
        const wa = amongOf(model, a, ev.among);
        const wb = wa === null ? null : amongOf(model, b, ev.among);
        if (wa !== null && wb !== null && wa !== wb) continue;
      }
      if (!swapped && (earlierBatch(model, a, b) || bodiesApart(model, a, b) || floorsApart(model, a, b))) continue;
      // (…；统筹累计结余… 。城乡居民医疗保险…累计结余…: two sentences of a paragraph opened by two subjects; 完成计算机教室2间…的更新
      // … 计算机教室仅3间: those a doing was done on, and all there are.)
      if (!swapped && (subjectsApart(model, cx, a, b) || doneOnApart(model, a, b))) continue;
      // (A restatement read with words run on is named by the measure it restates.)
      // (The earlier figure's name as written is asked once: most pairs name the measure by it.)
      const aName = asWritten(model.text, a.thing, a.span.start);
      const name = b.thing.startsWith(a.thing) ? aName : asWritten(model.text, b.thing, a.span.start);
      b.reported = true;
      // A figure is reported once: take it out of the list the later figures scan.
      list.splice(k--, 1);
      const where = (x: Stated) => (x.inTable ? '表格中' : '');
      out.push({
        start: b.span.start,
        end: b.span.end,
        message: swapped
          ? `“${aName}”${where(a) || '前文'}为${a.raw}，${where(b) || '此处'}“${asWritten(model.text, b.thing, b.span.start)}”为${b.raw}，数字相同而顺序颠倒，疑为笔误。`
          : `“${name}”${where(a) || '前文'}为${a.raw}，${where(b) || '此处'}为${b.raw}，同一数据前后不一致。`,
        related: [{ start: a.span.start, end: a.span.end, message: `${a.inTable ? '表格' : '前文'}：${aName}${a.raw}` }],
        data: {
          thing: name,
          unit: b.q?.unit ?? b.unit,
          values: [
            { raw: a.raw, min: a.min, max: a.max },
            { raw: b.raw, min: b.min, max: b.max },
          ],
        },
      });
    }
  }
  return out;
}
