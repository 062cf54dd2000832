// numbers/conflict: the same quantity — same thing counted, same verb, same unit,
// same scope — stated with different values in one document (87名 on page one,
// 85名 on page three). Compatible approximations (6100余 / 6000多) are not
// conflicts. Figures of a GFM table (this year's column) count too.
//
// Precision guards: breakdown parts (其中…), changes (增加20名) and prior-year
// figures (去年/上年/由…) never take part; two figures whose sentences (and
// outline items) each name something the other does not are different quantities.
//
// The check's parts are in conflict/: which figures state a measure (collect, local-facts, naming, scopes, parts,
// tables), which pairs of them may be one measure (groups, restatements, digits) and the rules that decide whether
// such a pair conflicts (pairs, context-words, evidence); rates, a measure of their own, in rates; a stretch of dates
// against the days its sentence says it lasted, in durations.
import { isRecord, plainFields, range } from '../explain.js';
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Draft } from '../types.js';
import type { ConflictRun } from './conflict/context.js';
import { statedFigures } from './conflict/collect.js';
import { cellsRestated } from './conflict/tables.js';
import { conflictingPairs } from './conflict/pairs.js';
import { reachRestated } from './conflict/batches.js';
import { rateLevels } from './conflict/rates.js';
import { stretchDays } from './conflict/durations.js';
import { attributesRestated, kindsInBrief, latinWholes } from './conflict/attributes.js';
import { inPlans, scopeFinder, titlePeriods } from './conflict/scopes.js';
import { codedBatches, codedDoings } from './conflict/latin-after.js';
import { listsRestated } from './conflict/lists-restated.js';
import { changesRestated } from './conflict/row-changes.js';
import { groupWholes } from './conflict/group-wholes.js';
import { netOfOneLevel } from './conflict/net-levels.js';
import { yearsAll } from './conflict/year-all.js';
import { kindsAfter } from './conflict/kinds-after.js';
import { codedParts } from './conflict/coded-parts.js';

export const CONFLICT_DEFAULTS = {
  /** Words that make a figure a part or a different scope. */
  scopeWords: [
    '上半年',
    '下半年',
    '一季度',
    '二季度',
    '三季度',
    '四季度',
    '第一季度',
    '第二季度',
    '第三季度',
    '第四季度',
    '去年',
    '上年',
    '同期',
    '截至',
    // (截止2025年12月20日: the common miswriting of 截至, as much a date a stock is counted at.)
    '截止',
    '累计',
    '开累',
    '历年',
    '以来',
    '首批',
    '近三年',
    '近五年',
    '其中',
    '当月',
    '本月',
    '月份',
    '线上',
    '线下',
    // (省外市场新签合同额 is a part of the year's 新签合同额, named by where.)
    '省内',
    '省外',
    '市外',
    '县外',
    '境内',
    '境外',
    '国内',
    '国外',
    '海外',
    '全县',
    '全市',
    '全省',
    '全区',
    '全镇',
    '全乡',
    '本单位',
    '机关',
    // (集团本级实现营业收入9.8亿元 after the group's consolidated 42.3亿元: the parent alone, a part of it.)
    '本级',
    '本部',
  ],
  /** Content words too general to tell two quantities apart. */
  // (全院、全校、全行: the reporting body as a whole, as 全年 is the whole year.)
  // (全体: all of the thing, as 全院 is all of the body.)
  generic: ['工作', '情况', '方面', '活动', '全年', '今年', '年度', '单位', '部门', '全院', '全校', '全行', '全体'],
};

export const numbersConflictCheck: Check = {
  name: 'numbers-conflict',
  rules: [
    {
      id: 'numbers/conflict',
      title: '同一数据前后不一致',
      titleEn: 'The same figure is stated with different values',
      rationale: '同一项数据（如“新发展党员”）在前文写87名、后文写85名，读者无从判断哪个是对的。约数（6100余 / 6000多）能相容的不报。',
      defaultSeverity: 'error',
      fixable: false,
      options: optionsSchema({
        scopeWords: stringList('表示不同统计口径的词（上半年、去年、其中……）'),
        generic: stringList('过于笼统、不用于区分两项数据的词'),
      }),
      example: { bad: '全年新发展党员87名。……严格发展程序，发展党员85名。', good: '全年新发展党员87名。……严格发展程序，发展党员87名。' },
      explain(d) {
        if (!Array.isArray(d.values)) return plainFields(d);
        const vs = d.values.filter(isRecord).map((v) => `${String(v.raw)}（${range(v.min, v.max)}）`);
        return [`同一数据“${String(d.thing ?? '')}”前后写法：${vs.join(' 与 ')}`];
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('numbers/conflict', CONFLICT_DEFAULTS);
    // Sorted once: the scope words a lead holds come out of it already in order.
    const scopeWords = [...opts.scopeWords].sort();
    const cx: ConflictRun = {
      model,
      generic: new Set(opts.generic),
      wholeBody: opts.generic.filter((w) => w.length === 2 && w.startsWith('全') && w !== '全年'),
      scopeWords,
      scopesIn: scopeFinder(scopeWords),
      plans: model.sectionNodes.filter((n) => n.section === 'next'),
      problems: model.sectionNodes.filter((n) => n.section === 'problems'),
      titled: titlePeriods(model, scopeWords),
      ixText: '',
      ixMemo: undefined,
      titleWords: new Map(),
      fieldWords: new Map(),
      body: undefined,
    };
    const stated = statedFigures(cx, ctx);
    // A table's cell restated in prose by its row and column: 反欺诈模型 M2 … AUC 为 0.861.
    const out: Draft[] = cellsRestated(model);
    for (const d of conflictingPairs(cx, stated)) out.push(d);
    for (const d of reachRestated(model, stated)) out.push(d);
    for (const d of rateLevels(model, cx.scopesIn, (at) => inPlans(cx, at))) out.push(d);
    // (5.14-8.31，实习104天: a stretch of dates and the days its sentence says it lasted.)
    for (const d of stretchDays(model)) out.push(d);
    // (A batch restated as an attribute among the problems — 全年1680例远程会诊中 — compared as written.)
    // The passes below read a restatement each pair above missed; a figure is reported once, by the first that finds it.
    const seen = new Set(out.map((x) => x.start));
    const passes: ((seen: Set<number>) => Draft[])[] = [
      // (A batch restated as an attribute among the problems — 全年1680例远程会诊中 — compared as written.)
      (s) => attributesRestated(cx, s),
      // (The kinds a figure's name lists, named in brief among the problems: 技术合同 for 技术转让和技术服务合同.)
      (s) => kindsInBrief(cx, s),
      // (The year's whole of a thing named in Latin letters, restated: 全年合入 PR 142 个 … 全年提交并合入 PR 136 个.)
      (s) => latinWholes(cx, s),
      // (A batch named after its figure by a Latin code, restated as the year's: 今年经手的 13 起 P1/P2 故障.)
      (s) => codedBatches(cx, s),
      // (A total over a group that is a batch counted before, restated: 12个老旧小区共2680户居民.)
      (s) => groupWholes(cx, stated, s),
      // (Net changes of levels stated with one value under two names: 贷款余额户数7380户…增加1160户 / 普惠贷款客户7380户…净增1610户.)
      (s) => netOfOneLevel(cx, stated, s),
      // (All the year's incidents, a doing done to each: 复盘全年 6 起故障 after 全年共发生线上故障 7 起.)
      (s) => yearsAll(cx, s),
      // (A batch of kinds named in brief by an attributive after its figure: 对经手的48件建议提案 after 建议和…提案共47件.)
      (s) => kindsAfter(cx, s),
      // (A part a code opens, restated as the year's whole of the coded thing: 其中SCI收录11篇 … 全年共发表SCI论文13篇.)
      (s) => codedParts(cx, s),
      // (A doing's count of a coded thing restated by an attributive: 提交 PR 38 个，合入 35 个 … 合入的 33 个 PR.)
      (s) => codedDoings(cx, s),
      // (A 、-list of named counts said twice, one item changed: 支部党员大会4次 … 支部党员大会5次.)
      (s) => listsRestated(cx, s),
      // (A table row's change restated in prose, from the same level to another: | P99 延迟 | 420ms | 190ms | … 从 420ms 降到 180ms.)
      (s) => changesRestated(model).filter((d) => !s.has(d.start)),
    ];
    for (const pass of passes)
      for (const d of pass(seen)) {
        seen.add(d.start);
        out.push(d);
      }
    return out;
  },
};
