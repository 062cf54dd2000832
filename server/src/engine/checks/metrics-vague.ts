// metrics/vague: an intensifier claim (大幅提升, 显著增强, 明显改善…) with no
// quantity in the same sentence. Negated claims (没有明显改善) and the problems and
// plans sections (where 全面提升 is an aim, not a claim) are left alone.
import { type Check, optionsSchema, stringList } from '../rule.js';
import type { Draft, OutlineNode, Span } from '../types.js';
import { blockSpan } from '../reader/blocks.js';
import { quotedSpans, inside } from '../reader/quotes.js';
import { hasFigure } from '../figures/quantities.js';
import { compiledBy } from '../run/compiled.js';
import { blockMarker } from '../reader/markers.js';
import { foldTraditional, hasTraditional } from '../text/traditional.js';
import { Literals } from '../text/literals.js';
import { lowerBound } from '../text/sorted.js';

function intensified(): string[] {
  const out: string[] = ['突破性进展', '成效显着', '成绩显着', '效果显着', '效益显著', '效益明显', '效益显着'];
  // (镇村面貌发生明显变化、飞跃发展的半年: a change and a leap claimed without saying how much.)
  for (const adv of ['显著', '显着', '明显', '大幅', '大幅度', '大大', '极大', '飞速', '迅猛', '长足', '飞跃'])
    for (const link of ['', '的', '地'])
      for (const verb of [
        '提升',
        '提高',
        '扩大',
        '增多',
        '增强',
        '改善',
        '增长',
        '增加',
        '下降',
        '减少',
        '降低',
        '缩短',
        '进展',
        '进步',
        '加强',
        '好转',
        '改观',
        '突破',
        '发展',
        '改进',
        '完善',
        '优化',
        '加快',
        '变化',
      ])
        out.push(adv + link + verb);
  // 取得了显著的成绩、显著成果; 规模增长显著、效率提升明显: the claim as a noun, or with the intensifier after its verb.
  for (const adv of ['显著', '显着', '明显']) for (const noun of ['成绩', '成果', '成效', '进展', '效果']) out.push(adv + noun, adv + '的' + noun);
  for (const verb of ['增长', '提升', '提高', '增强', '改善', '下降', '减少', '降低']) out.push(verb + '显著', verb + '明显');
  // 各方面的提升确实很大、进步非常大: the size said after the claim.
  for (const verb of ['提升', '提高', '进步', '改善', '增长'])
    for (const adv of ['', '确实', '真的', '非常', '还是']) out.push(verb + adv + '很大', verb + adv + '巨大');
  // 得到了较大程度的提高、很大程度上改善了: the same claim with its degree spelt out.
  for (const adv of ['较大程度', '很大程度', '较大幅度', '很大幅度', '较大的', '较大', '相当大的'])
    for (const link of adv.endsWith('的') ? [''] : ['', '的', '地', '上'])
      for (const verb of ['提升', '提高', '增强', '改善', '进步', '改观', '发展']) out.push(adv + link + verb);
  return out;
}

export const VAGUE_DEFAULTS = {
  phrases: [
    '大幅提升',
    '大幅提高',
    '大幅增长',
    '大幅增加',
    '大幅下降',
    '大幅减少',
    '大幅度提升',
    '大幅度提高',
    '显著提升',
    '显著提高',
    '显著增强',
    '显著改善',
    '显著增长',
    '显著下降',
    '明显提升',
    '明显提高',
    '明显增强',
    '明显改善',
    '明显增长',
    '明显下降',
    '明显减少',
    // (全面完成、圆满完成、超额完成 state completion, not an intensified result: not marked on real reports.)
    '成效显著',
    '成效明显',
    '成绩显著',
    '效果显著',
    '效果明显',
    '极大提升',
    // Seen in real reports (eval/): the same claims in other words.
    '显著成绩',
    '显著成效',
    '明显成效',
    '显著降低',
    '显著缩短',
    '大幅降低',
    '大幅缩短',
    '明显好转',
    '大大提高',
    '大大提升',
    '大大增强',
    '大大加强',
    '大大降低',
    '大大减少',
    '大大缩减',
    '大大缩短',
    '很大的提升',
    '很大提升',
    '很大的改观',
    '很大改观',
    '很大的提高',
    '很大提高',
    '很大的进步',
    '很大进步',
    '丰硕成果',
    '丰硕的成果',
    '有力提升',
    '极大的方便',
    '极大地方便',
    '飞速增长',
    '迅猛增长',
    '卓有成效',
    '令人瞩目',
    // The same claims with 的/地 or another verb (显著的提高、明显地改善、取得了长足的进步), and 显着 as often typed.
    ...intensified(),
  ],
  skipSections: ['problems', 'next'],
  negations: ['不', '未', '没有', '尚未', '还不', '并未', '仍不', '不够'],
};

/** A negated having right before a claim: 不会有个比较(明显的变化)、没有太(大的提升). */
const NOT_HAVING = /(?:不会|没有|没|未|并无|不)有?(?:个|什么|一个)?(?:比较|太|很|特别|多么|多)?的?$/;
const MAYBE = /(?:可以|能够|将会|有望|预计|预期|可望|[就才便都也还]能)$/;
const ROOM = /^(?:和|与|、)?(?:优化|改进|提高|改善)?的?(?:空间|余地)/;

// An item numbered inside a sentence, after a colon or a stop: 两块：1、…；2、….
const INLINE_ITEM = /(^|[：:；;。，,])[ \u3000]*[0-9]{1,2}、(?![0-9])/g;

// Global: every use sets lastIndex to 0 first.
/**
 * The phrases, longest first, found as their regex alternation would find them (the leftmost, and
 * there the first in this order) by a table scan: V8 tried the few hundred alternatives at every
 * position of every sentence, since the characters they open with (大, 很, 明, 显…) are everywhere.
 */
const phraseFinder = compiledBy((list: string[]): Literals => new Literals([...list].sort((a, b) => b.length - a.length)));

const PARTS_AHEAD = /^(?:个)?(?:方面|部分|层面)/;

export const metricsVagueCheck: Check = {
  name: 'metrics-vague',
  rules: [
    {
      id: 'metrics/vague',
      title: '“大幅提升”“显著增强”等断语没有数据',
      titleEn: 'Intensifier claim without a figure in the same sentence',
      rationale: '“大幅提升”“明显改善”是结论，读者要看到依据：同一句中应有提升了多少、由多少到多少。问题和打算部分不查（那里是目标，不是成绩）。',
      // info: on real reports (EVAL.md) reviewers mark only some of these claims; below 0.9 precision it stays a hint.
      defaultSeverity: 'info',
      fixable: false,
      options: optionsSchema({
        phrases: stringList('需要数据支撑的断语'),
        skipSections: { type: 'array', items: { type: 'string' }, description: '不检查的部分类别（默认 problems、next）' },
        negations: stringList('出现在断语前时不报的否定词'),
      }),
      example: { bad: '群众办事满意度大幅提升。', good: '群众办事满意度由91.2%提升至97.5%。' },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('metrics/vague', VAGUE_DEFAULTS);
    if (!opts.phrases.length) return [];
    const phrases = phraseFinder(opts.phrases);
    const skip = new Set(opts.skipSections);
    // Binary search: section nodes are siblings in document order (a linear find per sentence
    // cost a 100,000-line draft with 10,000 sections 3.4 s of CPU; now ~0).
    const secs = model.sectionNodes;
    const sectionAt = (pos: number): OutlineNode | undefined => {
      let lo = 0;
      let hi = secs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (pos < secs[mid].start) hi = mid - 1;
        else if (pos >= secs[mid].end) lo = mid + 1;
        else return secs[mid];
      }
      return undefined;
    };
    // Whether a figure lies within [start, end): the draft's figures by start, sorted on the first
    // claim (a scan of every figure per claim cost a 100k draft ~0.3 ms at each edit in the editor).
    let byStart: { starts: number[]; ends: number[] } | undefined;
    const hasQuantityWithin = (start: number, end: number): boolean => {
      if (!byStart) {
        // (从三个方面阐述: a count that announces the parts to come is no figure of the claim.)
        const qs = [...model.quantities].filter((q) => !PARTS_AHEAD.test(model.text.slice(q.end, q.end + 3))).sort((a, b) => a.start - b.start);
        byStart = { starts: qs.map((q) => q.start), ends: qs.map((q) => q.end) };
      }
      const { starts, ends } = byStart;
      for (let k = lowerBound(starts, start); k < starts.length && starts[k] <= end; k++) if (ends[k] <= end) return true;
      return false;
    };
    const out: Draft[] = [];
    // (Folded only in a draft that has Traditional characters at all: one scan, not one per sentence.)
    const traditional = hasTraditional(model.text);
    for (let si = 0; si < model.sentences.length; si++) {
      const s = model.sentences[si];
      const block = model.blocks[s.blockIndex];
      if (block.kind === 'tableRow' || block.kind === 'heading') continue;
      const sec = sectionAt(s.start);
      if (sec?.section && skip.has(sec.section)) continue;
      const folded = traditional ? foldTraditional(s.text) : s.text;
      let quotes: readonly Span[] | undefined; // for the first phrase (most sentences have none)
      for (let m = phrases.next(folded, 0); m; m = phrases.next(folded, m.index + m.form.length)) {
        const from = s.textStart + m.index;
        const to = from + m.form.length;
        if (inside((quotes ??= quotedSpans(block.text)), from, to)) continue;
        // (未得到较大的提升、没有取得明显进展: the negation stands before the verb that carries the claim.)
        const before = block.text.slice(Math.max(0, from - 6), from).replace(/(?:得到|取得|获得)了?$/, '');
        if (opts.negations.some((n) => before.endsWith(n))) continue;
        // (并不会有个比较明显的变化: the negation opens the phrase that holds the claim.)
        if (NOT_HAVING.test(block.text.slice(Math.max(0, from - 10), from))) continue;
        // (UI框架可以大幅提升开发效率、有望显著改善: what a thing can do is no result claimed; 很大的提升空间 is room still left.)
        if (MAYBE.test(before) || ROOM.test(block.text.slice(to, to + 6))) continue;
        const span = blockSpan(block, from, to);
        // Only the claim's own sentence counts: a headline sentence (成效显著。) with its figures in the next one is
        // marked by reviewers of real reports (EVAL.md), who ask the claim itself to say how much.
        if (hasQuantityWithin(s.start, s.end)) break;
        // (The item's own number is no figure: 1、内部建设成效显著.)
        // (A year is no figure either: 2022年，……较之以往有明显进步 is marked by reviewers, though not by all.)
        // (…nor one numbered inside the sentence: 主要是两块：1、…，完整性大大提高.)
        const own = s.start === block.start ? s.text.slice(blockMarker(s.text, false)?.end ?? 0) : s.text;
        if (hasFigure(own.includes('、') ? own.replace(INLINE_ITEM, '$1') : own)) break;
        const phrase = s.text.slice(m.index, m.index + m.form.length);
        out.push({ ...span, message: `“${phrase}”缺少数据支撑：同一句中没有任何数字，建议写明具体数据（如由多少提高到多少）。`, data: { phrase } });
      }
    }
    return out;
  },
};
