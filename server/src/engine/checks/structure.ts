// structure/*: the report has the sections its pack requires, in order, and none is empty.
import type { Check } from '../rule.js';
import type { Draft, OutlineNode, ReportModel, TextEdit } from '../types.js';
import type { SectionSpec } from '../config.js';
import { ordinalText } from '../reader/markers.js';
import { sectionSkeleton } from '../snippet.js';
import { announcedKinds, CLOSING, contentsEntries, normalizedTail, normalizeTitle, sectionsInOrder } from '../reader/sections.js';
import { walkOutline } from '../reader/outline.js';

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
  next: /(?:计划|打算|安排|思路)如下|(?:大体|大致|初步|后续|接下来的?)(?:的)?(?:规划|计划|打算)(?:是|就是|如下|：|:)|(?<!为)(?:明年|来年|新的一年|下一步|下步|今后|接下来|未来|下一?阶段|下半年|下一?(?:个)?季度|20[0-9]{2}年)[^。！？\n]{0,8}(?:(?<![即现])将|(?<![主重需只])要|计划|打算|希望|期望|期待|准备|争取|继续|目标)|(?:希望|计划|打算|争取|准备)(?:在|于)?(?:明年|来年|新的一年|今后|未来|下半年|下一?(?:个)?季度|20[0-9]{2}年)/,
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
  const year =
    /(20[0-9]{2})/.exec(title)?.[1] ??
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

const BOTH = /^(?:存在的?)?(?:不足|问题|短板|差距)(?:及|和|与|、)(?:改进|整改|下步|下一步|今后|未来)?(?:计划|打算|规划|措施|方向|展望)$/;

const AHEAD = /^(?:总结|小结|回顾)(?:与|和|及)(?:展望|计划|打算)$/;

/** The words BOTH and AHEAD end with. */
const BOTH_ENDS = new Set(['计划', '打算', '规划', '措施', '方向', '展望']);

const REFLECTION = /反思|复盘|感悟|心得|体会/;

/** A title that names a report part, alone or with another (存在的问题, 不足及未来展望), not a topic (校园). */
function partLike(node: OutlineNode | undefined, specs: SectionSpec[]): boolean {
  if (!node) return false;
  if (node.section && node.sectionBy !== 'position') return true;
  return specs.some((s) => s.keywords.some((k) => node.title.includes(k)));
}

const TALLY = /(?:汇总|一览|清单|统计|附表|附录)$/;

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

/**
 * A title with nothing under it while every other title of its family has content under it:
 * （一）…… 正文 （二）…… 正文 （三）廉洁自律 → 二、……, or a Markdown `## 月结` left empty at the end.
 */
function emptyTitles(model: ReportModel, skip: Set<OutlineNode>): Draft[] {
  const out: Draft[] = [];
  const all = walkOutline(model.outline);
  const index = new Map<OutlineNode, number>();
  all.forEach((n, i) => index.set(n, i));
  // Content: children, or anything a reader sees after the title (on its line or below) before the next
  // title. Worked out once per node: a wide list would otherwise ask it of every sibling again.
  const known: (boolean | undefined)[] = [];
  const has = (i: number): boolean => {
    const n = all[i];
    if (known[i] !== undefined) return known[i];
    // (A title that is a link, #### 3.[日志仓库](https://…): the link's target is no content under it.)
    let stretch = model.text.slice(titleEnd(n), all[i + 1]?.start ?? model.text.length);
    // (A page break (---) followed only by a component such as <Logo /> before the next title: that is the next page's.)
    if (model.kind === 'markdown') {
      const cut = stretch.search(/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/m);
      if (
        cut > 0 &&
        stretch
          .slice(cut)
          .replace(/#+[ \t]*$/, '')
          .split('\n')
          .slice(1)
          .every((l) => !l.trim() || /^\s*<[^>]*>\s*$/.test(l))
      )
        stretch = stretch.slice(0, cut);
    }
    const rest = stretch.replace(/^\]\([^)\s]*\)/, '').replace(/^[。：:；;，,.!！?？]+/, '');
    // (The next title's own `#` marks may end the stretch.)
    // (…though under a form's field, ## 面谈人 / 张超, two characters are the whole answer.)
    return (known[i] = n.children.length > 0 || (visible(rest) && (FORM_FIELD.test(n.title.trim()) || !STUB.test(rest.replace(/#+[ \t]*$/, '')))));
  };
  // A Markdown heading is a title to its line's end: ## 五、廉：严守纪律 names the part and its theme. (A heading
  // that goes on into sentences or a list, ### 廉洁自律：全年无违规违纪行为。 or ## 关键词：成长、开源, carries its content on the line.)
  const titleEnd = (n: OutlineNode): number => {
    if (!n.fromHeading) return n.titleSpan.end;
    const end = lineEnd(model.text, n.titleSpan.end);
    const tail = model.text
      .slice(n.titleSpan.end, end)
      .replace(/#+[ \t]*$/, '')
      .trim();
    // (Not a slide's settings read as a heading: layout: quote.)
    return /^[：:]\s*[\u4e00-\u9fff]/.test(tail) && /[\u4e00-\u9fff]/.test(n.title) && tail.length <= 16 && !/[。；;！!？?、，,]/.test(tail)
      ? end
      : n.titleSpan.end;
  };
  all.forEach((n, i) => {
    if (skip.has(n) || n.children.length || CLOSER.test(n.title)) return;
    const lead = n.body[0];
    // (A numbered line that is a long sentence with its stop, 8.进一步完善基础设施建设，提升群众幸福指数。, after items as
    // whole as it is, is one more item, not a title; a short one — （三）廉洁自律，严守底线。 — is still a title left bare.)
    if (!n.fromHeading && lead && /[。；;！!]\s*$/.test(lead.text) && n.title.length > 12) {
      const kin = n.parent?.children ?? model.outline;
      const before = kin[kin.indexOf(n) - 1];
      if (before && before.rank === n.rank && !before.children.length && before.body.length <= 1) return;
    }
    if (!lead || visible(model.text.slice(titleEnd(n), Math.min(lead.end, lineEnd(model.text, n.titleSpan.end))).replace(/^[。：:；;，,.!！?？]+/, ''))) return;
    // (A bare year or date heading groups what follows: ## 2021 / ## 八月.)
    if (
      has(i) ||
      n.marker.kind === 'shi' ||
      n.title.length > 30 ||
      SENTENCE.test(n.title) ||
      /^[0-9０-９一二三四五六七八九十〇零年月日周季度上下半\s.\-/]+$/.test(n.title)
    )
      return;
    // A slide deck's last page (# thanks / # 感谢各位 / # Q&A) says goodbye; nothing belongs under it.
    if (FAREWELL.test(n.title.trim())) return;
    // …and one that points elsewhere (### 点击链接[什么是虚拟滚动](#/8)) is a link, not a part.
    if (/^(?:点击|详见|参见|查看|请看|链接)/.test(n.title.trim())) return;
    // …and a contents heading (## Table of contents, ## 目录) is filled in by the site generator.
    if (CONTENTS.test(n.title.trim())) return;
    // A numbered line is a title (not a one-line item) when what follows it is a higher title.
    const next = all[i + 1];
    // A slide deck's divider page (--- / ## 第二部分 / --- / ## …) has only its title; a heading left empty at the
    // foot of a page of headings (## 工作体验 / ## 建议 / ---) does not.
    if (
      n.fromHeading &&
      n.marker.kind === 'heading' &&
      next &&
      THEMATIC_BREAK.test(model.text.slice(titleEnd(n), next.start)) &&
      pageOpens(model.text, n.start)
    )
      return;
    // (At the very end of a plain draft a numbered line is as likely cut off as left empty.)
    // Before a sibling, it is a title only when it reads as one (no 。) among titles whose content
    // sits on the lines below them: （一）加快项目建设 / 正文 / （二）优化营商环境 / （三）…
    const titled = (c: OutlineNode | undefined) => !!c && c.rank === n.rank && (c.children.length > 0 || c.body.length > 1);
    const family = n.parent?.children ?? model.outline;
    const at = family.indexOf(n);
    // (…sandwiched between two such titles: a row of one-line items never is.)
    const amongTitles = next && next.rank === n.rank && !/[。；;]$/.test(n.body[0]?.text ?? '') && titled(family[at - 1]) && titled(family[at + 1]);
    if (!n.fromHeading && (n.marker.fromList || !next || (next.rank >= n.rank && !amongTitles))) return;
    // A Markdown heading that ends the document with nothing under it (## 月结) was left to be written.
    // …and so was one followed straight by a heading of its own depth or higher (## 病案质检工具 / ## 组件库), in a
    // document whose other headings carry content.
    // (Not a cover's lines before any prose: # 某某大学 / # 课程设计个人总结.)
    const closedBy =
      n.marker.kind === 'heading' &&
      model.blocks.some((b) => b.end <= n.start && (b.kind === 'paragraph' || b.kind === 'listItem')) &&
      !!next &&
      next.fromHeading &&
      next.rank <= n.rank;
    if (n.fromHeading && (!next || closedBy) && model.kind === 'markdown' && all.filter((c, k) => c.fromHeading && has(k)).length >= 3) {
      out.push({
        ruleId: 'structure/empty-section',
        start: n.start,
        end: n.titleSpan.end,
        message: `“${(n.marker.text + n.title + model.text.slice(n.titleSpan.end, titleEnd(n))).trim()}”下面没有内容。`,
      });
      return;
    }
    // Its family are titles over content (most others have some): this one was left empty.
    // A list of one-line items (1.极光推送 2.即时通信…) is no row of empty titles.
    let full = 0;
    let sibs = 0;
    for (const c of n.parent?.children ?? model.outline) {
      if (c === n || c.marker.kind !== n.marker.kind || c.rank !== n.rank || CLOSER.test(c.title)) continue;
      sibs++;
      if (has(index.get(c)!)) full++;
    }
    if (full < 2 || full < sibs - full + 1) return;
    out.push({
      ruleId: 'structure/empty-section',
      start: n.start,
      end: n.titleSpan.end,
      message: `“${(n.marker.text + n.title + model.text.slice(n.titleSpan.end, titleEnd(n))).trim()}”下面没有内容。`,
    });
  });
  return out;
}

/** Whether a page of a deck opens right before `at`: a separator (---, or a page's settings closed by ---), then only components (<Logo />). */
function pageOpens(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lines = text.slice(Math.max(0, lineStart - 400), lineStart).split('\n');
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lines[k].trim();
    if (!l || /^<[^>]*>$/.test(l)) continue;
    return /^(?:-{3,}|\*{3,}|_{3,})$/.test(l);
  }
  return true;
}

// A slide separator (---) between two headings: the first is a deck's divider page, not an empty part.
const THEMATIC_BREAK = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/m;

// A line of more than twenty characters around a comma is a sentence (情绪把控能力还需提高，做到……), not a title
// (廉洁自律，严守底线).
const SENTENCE = /^(?=[^，,]{2,}[，,]).{21,}$/;

// #### ｝ closes what #### 项目｛ opened: a bracket is no title (and no sibling of the titles it closes).
const CLOSER = /^[\s}｝)）\]］】>》〉]+$/;

const CONTENTS = /^(?:table of contents|contents|toc|目录|文章目录|本文目录)[:：]?$/i;
const FAREWELL = /^(?:thanks|thank you|q\s*&\s*a|the end|end|fin|谢谢|感谢|致谢|结束|完|谢谢大家|谢谢观看|感谢聆听|感谢各位|敬请指正|请批评指正)[!！。.]*$/i;

// A label line of its own (自我评估：), no form field (姓名：、联系电话：) and no list announced (主要做法如下：).
const LABEL = /^[\u4e00-\u9fff]{2,8}[：:]$/;
const FIELD = /姓名|性别|单位|部门|职务|职级|岗位|电话|手机|邮箱|地址|时间|日期|地点|联系人|编号|签名|如下|以下|包括|分别/;

/**
 * A label line with nothing under it before the next label (自我评估： / 反思和教训： …): the writer
 * named a part of the review and left it to be written. Only prose, in a draft that labels its parts
 * this way at least twice with content under them, and never a form's fields.
 */
function emptyLabels(model: ReportModel): Draft[] {
  // (Code under a label is its content: 查找： over an indented example.)
  const blocks = model.blocks.filter((b) => b.kind !== 'comment' && b.text.trim());
  // Worked out once per block: 0 no label, 1 a label with content on its next lines (反思和教训：⏎在过去一年中…),
  // 2 a label alone. (Most blocks hold no colon at all.)
  const kind = blocks.map((b) => {
    if (b.kind !== 'paragraph' || (!b.text.includes('：') && !b.text.includes(':'))) return 0;
    const text = b.text.trim();
    const nl = text.indexOf('\n');
    const first = nl < 0 ? text : text.slice(0, nl).trim();
    if (!LABEL.test(first) || FIELD.test(first)) return 0;
    return nl < 0 ? 2 : 1;
  });
  let filled = 0;
  for (let i = 0; i < blocks.length; i++)
    if (kind[i] === 1 || (kind[i] === 2 && i + 1 < blocks.length && !kind[i + 1] && blocks[i + 1].kind !== 'heading')) filled++;
  if (filled < 2) return [];
  const out: Draft[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (kind[i] !== 2 || !kind[i + 1]) continue;
    const b = blocks[i];
    out.push({ ruleId: 'structure/empty-section', start: b.start, end: b.end, message: `“${b.text.trim()}”下面没有内容。` });
  }
  return out;
}

function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

// A sentence begun and dropped under a title (#### （二）DO交流 / 为): one or two characters with no stop is no content.
// (无、略、暂无 say so on purpose.)
const STUB = /^\s*(?!无|略|暂无|同上)[\u4e00-\u9fff]{1,2}\s*$/;
const FORM_FIELD = /(?:人|者|员|姓名|地点|时间|日期|部门|岗位|职务|单位|科室)$/;

/** Whether a stretch of source shows anything to a reader (HTML comments and thematic breaks do not). */
function visible(src: string): boolean {
  return /[^\s\u3000\-*_=#|]/.test(src.replace(/<!--[\s\S]*?-->/g, ''));
}

function empty(model: ReportModel, specs: SectionSpec[]): Draft[] {
  const out: Draft[] = [];
  for (const node of sectionsInOrder(model.sectionNodes)) {
    const spec = specs.find((s) => s.kind === node.section);
    // Only a part named as such (not one taken as the duties by its position) can be an empty shell.
    // (A Markdown list item is one line of a list, 1. 工作回顾，总结， in a table of contents: never an empty part.)
    if (!spec || node.children.length || node.sectionBy === 'position' || node.marker.fromList) continue;
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
  return [...out, ...emptyTitles(model, seen), ...emptyLabels(model)];
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
