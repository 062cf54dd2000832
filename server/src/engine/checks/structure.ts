// structure/*: the report has the sections its pack requires, in order, and none is empty.
import type { Check } from '../rule.js';
import type { Draft, OutlineNode, ReportModel, TextEdit } from '../types.js';
import type { SectionSpec } from '../config.js';
import { ordinalText } from '../reader/markers.js';
import { sectionSkeleton } from '../snippet.js';
import { announcedKinds, CLOSING, contentsEntries, normalizedTail, normalizeTitle, sectionsInOrder } from '../reader/sections.js';
import { walkOutline } from '../reader/outline.js';
import { emptyBoldLabels, emptyLabels, emptyLeadTitles, emptyTitles } from './empty-titles.js';

function label(spec: SectionSpec): string {
  return `“${spec.title}”`;
}

function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

// A Markdown year review (博客的年终总结、周报) is held to the three parts only when it calls itself a
// 工作总结 or 述职 near its top and is numbered 一、二、 or names two parts, or is a 总结 naming two;
// pasted Word drafts always are.
// (An engineer's 年中 Review is one too; a 年度复盘 looks back only, often with no plans.)
const SUMMARY = /总结|(?:年中|年终|年度|半年)\s*[Rr]eview/;
const WEEKLY = /下周|本周|周报|周计划|周总结/;
// A performance review (年中考评) is judged like a 述职: it owes its shortcomings.
const FORMAL = /工作总结|述职|工作报告|工作汇报|履职|考评/;

/**
 * The opening of the draft: its first characters (front matter's title: included), its first
 * characters of prose — a slide deck's settings can run for 1,000 characters before its title —
 * and its file name.
 */
function opening(model: ReportModel, length: number): string {
  const first = model.blocks.find((b) => b.kind !== 'comment' && b.kind !== 'code' && b.text.trim());
  const start = first ? first.start : 0;
  const head = model.text.slice(0, length);
  const top = start < length ? head : head + '\n' + model.text.slice(start, start + length);
  // A draft titled only by its file name (2023年终总结.md, 转正述职报告.docx) is read as if the name opened it.
  return model.name ? `${top}\n${model.name}` : top;
}
// Markdown reviews often admit their shortcomings, or state their plans, in prose rather than under a heading.
const PROSE_PARTS: Record<string, RegExp> = {
  problems:
    /(?:还|仍|也|但|却|同时)(?:然)?(?:存在|有)(?:着)?(?:一些|不少|诸多|很多|许多|以下|一定的?)?(?:不足|问题|短板|差距|欠缺|薄弱|遗憾)|不足之处|(?:我的|自身|自己的?|个人的?)(?:一些)?(?:不足|问题|短板|缺点)|做得?(?:还)?不够|没有做好|有待(?:提高|加强|改进|提升)|有(?:些|一些|点)(?:问题|差距|不足|遗憾)|还有[^，。]{0,4}差距|(?:比较|有点|太|很|过于)懒|(?:中|上|方面)的(?:不足|问题|短板)|不尽如?人意|(?:能力|功力|经验|水平)(?:还|仍)?不(?:够|足)|[\u4e00-\u9fff]{2}不足(?=[，。；、！\s]|$)|(?:然而|但是|可惜|遗憾的是|美中不足的是)[，,]?[^。！？\n]{0,25}(?:过于|不了了之|不理想|没能|未能)|由于[^。！？\n]{0,20}(?:有些|有点|过于)(?:杂乱|繁杂|分散|仓促|忙乱)|由于[^。！？\n]{0,8}(?:人手|人力|精力|时间|经费)(?:不足|有限|紧张)|进展缓慢|停滞不前/,
  // (2024 年，公众号还会继续更新: engineers put a space before 年; 立几个 Flag: a year's goals.)
  next: /(?<!不(?:适合|想|再|会|敢|要|用)?)立(?:几个|个|下|了)?\s?(?:flag|Flag|FLAG)|(?:计划|打算|安排|思路)如下|(?:大体|大致|初步|后续|接下来的?)(?:的)?(?:规划|计划|打算)(?:是|就是|如下|：|:)|(?<!为)(?:明年|来年|新的一年|下一步|下步|今后|接下来|未来|下一?阶段|下半年|下一?(?:个)?季度|20[0-9]{2} ?年)[^。！？\n]{0,8}(?:(?<![即现])将|(?<![主重需只])要|计划|打算|希望|期望|期待|准备|争取|继续|目标)|(?:希望|计划|打算|争取|准备)(?:在|于)?(?:明年|来年|新的一年|今后|未来|下半年|下一?(?:个)?季度|20[0-9]{2} ?年)/,
};

/** Whether at least 200 characters of prose, or three titled parts, come before the first problems or plans part. */
function workBefore(model: ReportModel): boolean {
  const first = sectionsInOrder(model.sectionNodes).find((n) => n.section === 'problems' || n.section === 'next');
  if (!first) return false;
  let chars = 0;
  let titled = 0;
  for (const b of model.blocks) {
    if (b.start >= first.start) break;
    if (b.kind === 'heading') titled++;
    else if (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableRow') chars += b.text.length;
  }
  return chars >= 200 || titled >= 3;
}

/**
 * A summary of a whole period (年度总结, 岁末总结, 半年总结…) says what comes next, whatever its layout:
 * one that names none of the parts, or too few to be held to all three, still owes the plan. One that calls
 * itself a 工作总结 or 述职 owes its problems too, told in a part or at least in a sentence.
 */
// (The unit may stand between the period and the word: 2025年上半年总务处工作总结, 2017年度个人工作总结 — a unit or the
// writer, not a topic: 2018年阅读写作总结 is no work summary. An internship or probation summary covers a period too.)
const PERIOD =
  /(?:年终|年度|岁末|年底|全年|半年|[0-9０-９]{4}\s*年?|[0-9]{2}年)(?:[^\n，。：:,.]{0,12}?(?:处|局|科|室|部|组|队|所|站|中心|公司|分行|支行|街道|镇|乡|村|社区|院|校|委|办|会|个人))?\s*(?:工作)?(?:总结|回顾|述职)|(?:年中|年终|年度|半年)\s*[Rr]eview|(?:实习|试用期|转正)[^\n，。：:,.]{0,8}?(?:总结|述职)/;

// A draft whose title line (or file name) calls it a 工作总结 or 述职报告, with no period named: 社区党建工作总结.
const TITLED = /(?:^|\n)[ \t\u3000#*]*[^\n，。：:；;]{0,24}(?:工作总结|述职报告)[ \t\u3000*]*(?:\n|$)/;

function periodParts(model: ReportModel, specs: SectionSpec[], present: Set<string | undefined>): Draft[] {
  if (model.text.length < 800) return [];
  const top = opening(model, 300);
  if (!(PERIOD.test(top) || TITLED.test(model.name ? top.slice(0, -model.name.length - 1) : top)) || WEEKLY.test(top)) return [];
  const lastBlock = model.blocks[model.blocks.length - 1];
  if (!lastBlock) return [];
  const prose = model.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'comment');
  const announced = announcedKinds(model.blocks, specs);
  const owes = (kind: 'next' | 'problems'): SectionSpec | undefined => {
    const spec = specs.find((s) => s.kind === kind && s.required);
    if (!spec || present.has(kind) || announced.has(kind)) return undefined;
    if (prose.some((b) => PROSE_PARTS[kind].test(b.text))) return undefined;
    return spec;
  };
  const out: Draft[] = [];
  const problems = FORMAL.test(top) ? owes('problems') : undefined;
  let next = owes('next');
  // A line that is only the year after the title's (2017年 after a 2016年年终总结) heads the plans — when it is
  // the last such line: ### 2017 / ### 2018 / ### 2019 under a 年度总结 is a chronicle of three years, not a plan.
  const title = model.blocks.find((b) => b.kind !== 'code' && b.kind !== 'comment' && b.text.trim())?.text ?? '';
  // (The title may be only in the front matter: title: 2025年终总结.)
  const period = PERIOD.exec(top);
  // (2026已经一个月了，才来写年度总结: a first line of prose is no title; the front matter's title: 2025年度总结 is.)
  const titleLike = title.length <= 40 && !/[，,。！？!?]/.test(title);
  const year =
    (titleLike ? /(20[0-9]{2})/.exec(title)?.[1] : undefined) ??
    (period ? /(20[0-9]{2})/.exec(top.slice(Math.max(0, period.index - 6), period.index + period[0].length))?.[1] : undefined);
  // (…or a heading that opens with that year: # 2022年重新出发; not a span of dates, ### 2020-09—2022-07.)
  const yearLines = model.blocks
    .map((b) =>
      b.kind === 'heading' ? (/^\s*(20[0-9]{2})\s*年?(?![0-9]|\s*[.．\-/~～—至到]\s*[0-9])/.exec(b.text)?.[1] ?? '') : b.text.trim().replace(/[年：:\s]/g, ''),
    )
    .filter((t) => /^20[0-9]{2}$/.test(t))
    .map(Number);
  if (next && year && yearLines.includes(Number(year) + 1) && Math.max(...yearLines) === Number(year) + 1) next = undefined;
  for (const spec of [problems, next])
    if (spec)
      out.push({
        ruleId: 'structure/missing-section',
        start: lastBlock.start,
        end: lastBlock.end,
        message: `缺少${label(spec)}部分，应在文末补上。`,
        data: { section: spec.kind },
      });
  return out;
}

function missing(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const nodes = model.sectionNodes;
  const present = new Set(
    sectionsInOrder(nodes)
      .map((n) => n.section)
      .filter(Boolean),
  );
  // A collection of weekly reports (本周总结 / 下周计划 again and again) is not one summary.
  if (walkOutline(model.outline).filter((n) => WEEKLY.test(n.title)).length >= 2) return [];
  // A draft that names none of the parts is not laid out as a summary (yet): nothing to say about which is missing.
  if (!specs.some((s) => s.required && present.has(s.kind))) return periodParts(model, specs, present);
  const top = opening(model, 600);
  const formal = FORMAL.test(top);
  if (model.kind === 'markdown') {
    const named = specs.filter((s) => s.required && present.has(s.kind)).length;
    // A formal one numbered 一、二、 may name a single part so far; anything else must name two.
    const numbered = nodes.some((n) => n.marker.kind === 'cn');
    if (!((formal && (numbered || named >= 2)) || (named >= 2 && SUMMARY.test(top)))) return periodParts(model, specs, present);
  }
  // Shortcomings or plans told in prose count in a Markdown review and in an informal plain draft (a 年度总结及展望);
  // a formal 工作总结 or 述职 pasted from Word owes them a part of their own.
  if (model.kind === 'markdown' || !formal) {
    for (const [kind, re] of Object.entries(PROSE_PARTS))
      if (!present.has(kind) && model.blocks.some((b) => b.kind !== 'code' && b.kind !== 'comment' && re.test(b.text))) present.add(kind);
  }
  // A personal year review in Markdown that does not call itself a 工作总结 or 述职 and is laid out by topic
  // (跑步 / 读书 / 工作 / 新年计划) is held to its plans only; one laid out as a summary's parts (今年回顾 / 来年计划)
  // owes the third part too. Reviewers of real ones draw the line there.
  const byTopic =
    nodes.filter((n) => n.marker.kind === 'heading' && (!n.section || (n.section === 'duties' && n.sectionBy === 'position'))).length >= 2 &&
    !nodes.some((n) => n.section === 'duties' && n.sectionBy !== 'position' && !CLOSING.has(normalizeTitle(n.title))) &&
    !nodes.some((n) => n.marker.kind === 'cn');
  const informalReview = model.kind === 'markdown' && !formal;
  if (informalReview && byTopic) present.add('problems');
  // …and a heading that names its shortcomings among other things (今年那些喜悦、遗憾和最难忘的事) is its problems part.
  if (informalReview && !present.has('problems')) {
    const spec = specs.find((s) => s.kind === 'problems');
    const words = spec?.keywords ?? [];
    // (Not one that says what was solved: ### 解决了客服的三个痛点.)
    const solved = spec?.exclude ?? [];
    if (
      walkOutline(model.outline).some((n) => n.marker.kind === 'heading' && words.some((w) => n.title.includes(w)) && !solved.some((w) => n.title.includes(w)))
    )
      present.add('problems');
  }
  if (specs.some((s) => s.required && !present.has(s.kind))) for (const k of announcedKinds(model.blocks, specs)) present.add(k);
  // 不足及改进计划、问题与下步打算: one part named for both (its keywords tie, so it carries neither kind)…
  for (const n of walkOutline(model.outline)) {
    // (Both patterns end in a word of BOTH_ENDS: any other title — most are list items — is not normalized.)
    if (!BOTH_ENDS.has(normalizedTail(n.title))) continue;
    const t = normalizeTitle(n.title);
    if (BOTH.test(t)) present.add('problems').add('next');
    // …and 总结和展望 closing a review holds its plans (while its summing-up stays a summary for the other checks).
    if (AHEAD.test(t)) present.add('next');
  }
  // Pages of work before the first problems or plans part are the duties, whatever their headings.
  if (!present.has('duties') && workBefore(model)) present.add('duties');
  const out: Draft[] = [];
  const nl = lineBreak(model.text);
  for (const spec of specs) {
    if (!spec.required || present.has(spec.kind)) continue;
    // Insert before the first present section that should come after it, else at the end.
    const after =
      spec.order === undefined
        ? undefined
        : nodes.find((n) => {
            const o = specs.find((s) => s.kind === n.section)?.order;
            return o !== undefined && o > (spec.order as number);
          });
    const numbered = nodes.filter((n) => n.marker.kind !== 'heading');
    const kind = numbered.length ? numbered[0].marker.kind : (nodes[0]?.marker.kind ?? 'cn');
    const edits: TextEdit[] = [];
    let at: number;
    let ordinal: number;
    let where: { start: number; end: number };
    if (after) {
      at = after.start;
      ordinal = after.marker.kind === kind ? after.marker.ordinal : numbered.length + 1;
      where = { start: after.start, end: after.titleSpan.end };
      // Renumber the sections that move down by one.
      for (const n of nodes) {
        if (n.start >= after.start && n.marker.kind === kind && kind !== 'heading') {
          edits.push({
            ...n.marker.ordinalSpan,
            newText: ordinalText(kind, n.marker.ordinal + 1, model.text.slice(n.marker.ordinalSpan.start, n.marker.ordinalSpan.end)),
          });
        }
      }
    } else {
      at = model.text.length;
      ordinal = numbered.length ? numbered[numbered.length - 1].marker.ordinal + 1 : 1;
      const lastBlock = model.blocks[model.blocks.length - 1];
      where = lastBlock ? { start: lastBlock.start, end: lastBlock.end } : { start: 0, end: 0 };
    }
    let text = sectionSkeleton(spec, kind === 'heading' ? 'cn' : kind, ordinal, nl);
    if (!after && model.text.length && !/[\r\n]$/.test(model.text)) text = nl + text;
    if (kind === 'heading' && model.kind === 'markdown') {
      const depth = model.blocks.find((b) => b.kind === 'heading' && b.start === nodes[0]?.start)?.depth ?? 2;
      text = (after ? '' : nl) + '#'.repeat(depth) + ' ' + text.replace(/^\r?\n/, '');
    }
    edits.unshift({ start: at, end: at, newText: text });
    out.push({
      ruleId: 'structure/missing-section',
      ...where,
      message: `缺少${label(spec)}部分${after ? `，应在“${after.title}”之前补上` : '，应在文末补上'}。`,
      fix: { title: `插入${label(spec)}部分`, edits, safe: false },
      data: { section: spec.kind },
    });
  }
  return out;
}

// (…and 不足与改进、问题和整改: the remedy named by its verb alone.)
const BOTH =
  /^(?:存在的?)?(?:不足|问题|短板|差距)(?:及|和|与|、)(?:(?:改进|整改|解决|下步|下一步|今后|未来)?(?:计划|打算|规划|措施|方向|展望|方案|对策)|改进|整改)$/;

const AHEAD = /^(?:总结|小结|回顾)(?:与|和|及)(?:展望|计划|打算)$/;

/** The words BOTH and AHEAD end with. */
const BOTH_ENDS = new Set(['计划', '打算', '规划', '措施', '方向', '展望', '方案', '对策', '改进', '整改']);

const REFLECTION = /反思|复盘|感悟|心得|体会/;

/** A title that names a report part, alone or with another (存在的问题, 不足及未来展望), not a topic (校园). */
function partLike(node: OutlineNode | undefined, specs: SectionSpec[]): boolean {
  if (!node) return false;
  if (node.section && node.sectionBy !== 'position') return true;
  return specs.some((s) => s.keywords.some((k) => node.title.includes(k)));
}

const TALLY = /(?:汇总|一览|清单|统计|附表|附录)$/;

// A closing word, then a separator: the rest of the title says what the closing is about.
const CLOSING_LEAD = /^(?:总结|小结|结语|结束语|写在最后|最后|尾声|后记)(?:一下)?[ \t\u3000]*[+＋&＆|｜:：—\-、,，/]/;

function order(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const out: Draft[] = [];
  let maxSeen: { node: OutlineNode; order: number } | undefined;
  for (const node of sectionsInOrder(model.sectionNodes)) {
    const spec = specs.find((s) => s.kind === node.section);
    if (!spec || spec.order === undefined) continue;
    // Parts taken as the duties by their place carry no order of their own (a part named below one comes first),
    // nor do parts nested in a topic (### 毕业计划 under ## 校园 is that topic's plan, not the report's); parts
    // nested in a named part do (### 不足及未来展望 / #### 未来展望 / #### 不足).
    if (node.sectionBy === 'position') continue;
    if (node.sectionBy === 'nested' && !partLike(node.parent, specs)) continue;
    // 工作目标 before any other part is the goals set for the year under review, not the plan.
    if (!maxSeen && node.section === 'next' && /目标/.test(node.title) && !/下|明年|来年|新|未来|计划|打算|展望/.test(node.title)) continue;
    // 「个人反思」「复盘」「心得」 after the plans are as often reflections as a problems part: no order from them.
    // (A plan named with them, 复盘结论与后续计划, is still the plan.)
    // (…unless it names its problems too: 问题与反思 after the plans is a problems part out of place.)
    if (REFLECTION.test(node.title) && !/问题|不足|短板|差距/.test(node.title) && node.sectionBy !== 'title' && node.section !== 'next') continue;
    // A tally of the results at the end (成果产出汇总, 工作成果一览) sums up the report, like an appendix.
    if (maxSeen && node.section === 'duties' && node.sectionBy === 'keyword' && TALLY.test(normalizeTitle(node.title))) continue;
    // …and so does a closing word that opens a heading of its own kind (# 总结 + 写给一年后的自己, ## 结语：致明年的自己).
    if (maxSeen && node.section === 'duties' && node.sectionBy === 'keyword' && CLOSING_LEAD.test(node.title.trim())) continue;
    if (maxSeen && spec.order < maxSeen.order) {
      const prevSpec = specs.find((s) => s.kind === maxSeen!.node.section)!;
      out.push({
        ruleId: 'structure/section-order',
        start: node.start,
        end: node.titleSpan.end,
        message: `${label(spec)}部分应放在${label(prevSpec)}部分之前。`,
        related: [{ start: maxSeen.node.start, end: maxSeen.node.titleSpan.end, message: `${label(prevSpec)}部分在此` }],
      });
    } else if (!maxSeen || spec.order > maxSeen.order) {
      maxSeen = { node, order: spec.order };
    }
  }
  return out;
}

function empty(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const out: Draft[] = [];
  for (const node of sectionsInOrder(model.sectionNodes)) {
    const spec = specs.find((s) => s.kind === node.section);
    // Only a part named as such (not one taken as the duties by its position) can be an empty shell.
    // (A Markdown list item is one line of a list, 1. 工作回顾，总结， in a table of contents: never an empty part.)
    if (!spec || node.children.length || node.sectionBy === 'position' || node.marker.fromList) continue;
    // 1、一年所做的主要工作。 / 1、…… 2、……: its points typed flat, the same numbers begun again right after it.
    const family = node.parent?.children ?? model.outline;
    const after = family[family.indexOf(node) + 1];
    if (after && after.marker.kind === node.marker.kind && after.marker.kind !== 'heading' && after.marker.ordinal === 1 && !after.section) continue;
    const rest = node.body
      .map((b) => (b.start === node.body[0].start ? model.text.slice(node.titleSpan.end, b.end) : b.text))
      .join('')
      .replace(/[\s\u3000。：:，,；;]/g, '');
    if (rest.length > 0) continue;
    // A component or HTML element under the title (<ProsCons :cons="[…]" /> in a slide deck) carries the content.
    // (Up to the next title: the outline gives an HTML block to no node.)
    const next = walkOutline(model.outline).find((n) => n.start > node.start)?.start ?? model.text.length;
    if (model.kind === 'markdown' && /<[A-Za-z][\w-]*[\s>/]/.test(model.text.slice(node.titleSpan.end, next).replace(/<!--[\s\S]*?-->/g, ''))) continue;
    out.push({ ruleId: 'structure/empty-section', start: node.start, end: node.titleSpan.end, message: `${label(spec)}部分没有内容。` });
  }
  // (A part taken as the duties by its place is judged as a title among its siblings.)
  const seen = new Set(sectionsInOrder(model.sectionNodes).filter((n) => n.section && n.sectionBy !== 'position'));
  // (A contents list's lines are titles alone by design.)
  for (const n of contentsEntries(model.outline)) seen.add(n);
  return [...out, ...emptyTitles(model, seen), ...emptyLabels(model), ...emptyBoldLabels(model), ...emptyLeadTitles(model)];
}

export const structureCheck: Check = {
  name: 'structure',
  rules: [
    {
      id: 'structure/missing-section',
      title: '缺少规则包要求的部分（如履职情况、存在的问题、下步打算）',
      titleEn: 'A section the pack requires is missing',
      rationale: '工作总结通常由“做了什么、存在什么问题、下一步怎么办”三部分组成，缺少任何一部分，审稿时都会被退回。',
      // info: below 0.9 precision on real reports (personal Markdown reviews), see EVAL.md.
      defaultSeverity: 'info',
      fixable: true,
      example: { bad: '一、主要工作\n……\n二、下步工作打算\n……', good: '一、主要工作\n……\n二、存在的问题\n……\n三、下步工作打算\n……' },
    },
    {
      id: 'structure/section-order',
      title: '各部分顺序与规则包不符',
      titleEn: 'Sections are out of the pack order',
      rationale: '先总结、再查摆问题、后提打算，是审稿人期待的阅读顺序。',
      defaultSeverity: 'warning',
      fixable: false,
      example: { bad: '一、下步工作打算\n二、存在的问题', good: '一、存在的问题\n二、下步工作打算' },
    },
    {
      id: 'structure/empty-section',
      title: '某一部分只有标题、没有内容',
      titleEn: 'A section has a title but no content',
      rationale: '只有标题的部分多半是起草时留下的空架子，提交前应补齐或删除。',
      defaultSeverity: 'warning',
      fixable: false,
      example: { bad: '二、存在的问题\n三、下步工作打算\n（一）……', good: '二、存在的问题\n（一）……\n三、下步工作打算\n（一）……' },
    },
  ],
  run(model, ctx) {
    const specs = ctx.config.sections;
    return [...missing(model, specs), ...order(model, specs), ...empty(model, specs)];
  },
};
