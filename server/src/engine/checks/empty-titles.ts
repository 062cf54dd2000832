// structure/empty-section's titles left empty: a title or a label with nothing under it while its family
// carries content (（三）廉洁自律 → 二、……, a Markdown `## 月结` left empty at the end, 自我评估： alone).
import type { Draft, OutlineNode, ReportModel } from '../types.js';
import { walkOutline } from '../reader/outline.js';

/**
 * A title with nothing under it while every other title of its family has content under it:
 * （一）…… 正文 （二）…… 正文 （三）廉洁自律 → 二、……, or a Markdown `## 月结` left empty at the end.
 */
export function emptyTitles(model: ReportModel, skip: Set<OutlineNode>): Draft[] {
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
  // (Computed once: a Markdown draft whose headings carry content at least three times.)
  let filled: boolean | undefined;
  const headingsFilled = (): boolean => (filled ??= all.filter((c, k) => c.fromHeading && has(k)).length >= 3);
  // ### 求职 / #### 实习篇 / #### 秋招篇, nothing under any of them: the heading over empty ones is empty too.
  const hollow = (n: OutlineNode): boolean =>
    n.fromHeading &&
    n.children.length > 0 &&
    !visible(model.text.slice(titleEnd(n), n.children[0].start)) &&
    n.children.every((c) => c.fromHeading && (c.children.length ? hollow(c) : !has(index.get(c)!)));
  all.forEach((n, i) => {
    if (n.children.length && model.kind === 'markdown' && !skip.has(n) && hollow(n) && headingsFilled()) {
      out.push({
        ruleId: 'structure/empty-section',
        start: n.start,
        end: n.titleSpan.end,
        message: `“${(n.marker.text + n.title).trim()}”下面只有空的小标题，没有内容。`,
      });
      return;
    }
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
      // (##### 过往数据迁移归档； closes with a semicolon: a point of a list set as a heading, not a title.)
      /[；;]\s*$/.test(n.title) ||
      /^[0-9０-９一二三四五六七八九十〇零年月日周季度上下半\s.\-/]+$/.test(n.title)
    )
      return;
    // A slide deck's last page (# thanks / # 感谢各位 / # Q&A) says goodbye; nothing belongs under it.
    if (FAREWELL.test(n.title.trim())) return;
    // …and one that points elsewhere (### 点击链接[什么是虚拟滚动](#/8)) is a link, not a part.
    if (/^(?:点击|详见|参见|查看|请看|链接)/.test(n.title.trim())) return;
    // …and a contents heading (## Table of contents, ## 目录) is filled in by the site generator.
    if (CONTENTS.test(n.title.trim())) return;
    // (####1. 排行榜的客户端逻辑。 closes its line with a stop: a point told whole there, not a heading left empty.)
    if (n.fromHeading && /[\u4e00-\u9fff]{6}[。！!]\s*$/.test(model.text.slice(n.titleSpan.start, lineEnd(model.text, n.titleSpan.end)))) return;
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
    // (…nor is a point of notes numbered with spaces: 6 不针对人，只针对这种行为.)
    if (!n.fromHeading && (n.marker.fromList || n.marker.style === ' ' || !next || (next.rank >= n.rank && !amongTitles))) return;
    // A Markdown heading that ends the document with nothing under it (## 月结) was left to be written.
    // …and so was one followed straight by a heading of its own depth or higher (## 病案质检工具 / ## 组件库), in a
    // document whose other headings carry content.
    // (Not a cover's lines before any prose: # 某某大学 / # 课程设计个人总结.)
    // (…but a heading under another, #### 会员页 under ## 有道词典会员页及日刊页, is no cover line.)
    const closedBy =
      n.marker.kind === 'heading' &&
      (model.blocks.some((b) => b.end <= n.start && (b.kind === 'paragraph' || b.kind === 'listItem')) || n.parent?.marker.kind === 'heading') &&
      !!next &&
      next.fromHeading &&
      next.rank <= n.rank;
    if (n.fromHeading && (!next || closedBy) && model.kind === 'markdown' && headingsFilled()) {
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
  if (model.kind === 'markdown' && model.text.includes('#')) for (const d of bareHeadings(model)) if (headingsFilled()) out.push(d);
  return out;
}

// `###` alone on its line: an ATX heading whose title was never typed.
const BARE_HEADING = /^ {0,3}#{1,6}[ \t]*$/gm;
const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * A heading mark with neither title nor content (`###` followed straight by the next heading, or ending the draft).
 * (Inside code, a comment or an HTML block it is no heading: the reader gave those spans blocks of their own.)
 */
function bareHeadings(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  const text = model.text;
  for (const m of text.matchAll(BARE_HEADING)) {
    const at = m.index;
    if (model.blocks.some((b) => b.start <= at && at < b.end)) continue;
    const rest = text.slice(at + m[0].length).replace(/^\s*\n/, '');
    if (rest.trim() && !HEADING_LINE.test(rest)) continue;
    out.push({ ruleId: 'structure/empty-section', start: at, end: at + m[0].length, message: `这里只有标题符号“${m[0].trim()}”，既没有标题，也没有内容。` });
  }
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
export function emptyLabels(model: ReportModel): Draft[] {
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

/**
 * List items that open with a bold label (* __假期__ 白天……): a label with nothing after it and nothing nested
 * under it (* __工作__), among at least three that carry their text, was left to be written.
 */
export function emptyBoldLabels(model: ReportModel): Draft[] {
  if (model.kind !== 'markdown') return [];
  const items = model.blocks.filter((b) => b.kind === 'listItem');
  const kind = items.map((b) => {
    const open = model.text.slice(b.start - 2, b.start);
    if (open !== '**' && open !== '__') return 0;
    const close = model.text.indexOf(open, b.start);
    if (close < 0 || close > b.end || close - b.start > 12) return 0;
    return close === b.end ? 2 : 1;
  });
  if (kind.filter((k) => k === 1).length < 3) return [];
  const out: Draft[] = [];
  items.forEach((b, i) => {
    if (kind[i] !== 2) return;
    // (A label over items of its own, nested under it, has its content there.)
    const next = model.blocks[model.blocks.indexOf(b) + 1];
    if (next && next.nesting > b.nesting) return;
    out.push({ ruleId: 'structure/empty-section', start: b.start, end: b.end, message: `“${b.text.trim()}”下面没有内容。` });
  });
  return out;
}

/** A paragraph opening with a short title and its stop, the item's text after it on the line: 教育事业。进一步规范…. */
const LEAD_TITLED = /^[\u4e00-\u9fff]{2,8}[ \u3000]*。[ \u3000]*[\u4e00-\u9fff“（(]/;
/** A short title alone (工会工作), or with only a note in brackets after its stop (群团工作。(共青团、妇联)). */
const TITLE_ALONE = /^[\u4e00-\u9fff]{2,8}(?:[ \u3000]*。?[ \u3000]*[（(][^）)]{1,16}[）)])?[ \u3000]*$/;

/**
 * A plain draft's items told as 教育事业。进一步规范… — a short title, its stop, the text after it — with one
 * between two such items that is its title only (工会工作): the writer named the item and left it to be written.
 */
export function emptyLeadTitles(model: ReportModel): Draft[] {
  if (model.kind !== 'text') return [];
  const paras = model.blocks.filter((b) => b.kind === 'paragraph' && b.text.trim());
  const titled = paras.map((b) => LEAD_TITLED.test(b.text.trim()) && !TITLE_ALONE.test(b.text.trim()));
  if (titled.filter(Boolean).length < 3) return [];
  const out: Draft[] = [];
  for (let i = 1; i + 1 < paras.length; i++) {
    const text = paras[i].text.trim();
    if (titled[i] || !titled[i - 1] || !TITLE_ALONE.test(text)) continue;
    // (The run's last item may close it: 群团工作。(共青团、妇联) written with its stop, after two items told whole.)
    if (!titled[i + 1] && !(text.includes('。') && titled.slice(Math.max(0, i - 3), i).filter(Boolean).length >= 2)) continue;
    const b = paras[i];
    out.push({ ruleId: 'structure/empty-section', start: b.start, end: b.end, message: `“${text}”下面没有内容。` });
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
