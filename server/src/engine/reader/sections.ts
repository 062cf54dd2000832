// Section classification: which top-level parts of the report are duties,
// problems and next steps. Titles and aliases first, then keywords on the
// segmented title; finally, unnamed theme sections before the problems section
// are taken as the duties.
import type { Block, OutlineNode } from '../types.js';
import type { SectionSpec } from '../config.js';
import type { Segmenter } from '../segmenter.js';
import { detach } from '../text/positions.js';
import { TRAD_RE, simplifiedChar } from '../text/traditional.js';

// (25 年的目标: a year written with two digits, as engineers' blog reviews do.)
const YEAR_PREFIX =
  /^(?:[0-9０-９]{4}|[0-9]{2}(?=年)|[二〇零一二三四五六七八九]{4})[年]?(?:度)?|^(?:今年|本年度?|明年|来年|下一?年度?|全年|上半年|下半年|新的一年|新一年|下一?季度|下一?阶段|下一?周|下一?个?月)/;

/** What is left of a title after its period prefix, when it says what one means to do (想做的, 要做的事, 打算). */
const INTENT = /^(?:想|要|将|准备|打算|希望|期待|计划)/;
/** A period prefix that looks ahead when tasks follow it (下半年重点工作, 下一阶段主要任务). */
const AHEAD = /^(?:明年|来年|下半年|下一?年度?|下一?季度|下一?阶段|新的一年|新一年|下一?周|下一?个?月)/;
/** What is left of such a title when it lists tasks: 重点工作, 主要任务, 工作要点. */
const TASKS = /^(?:重点|主要)?(?:工作|任务)(?:重点|要点|任务|安排)?$|^重点$/;
/** A schedule kept: 项目时间规划, 进度安排, 工期计划. */
const SCHEDULE = /(?:时间|进度|工期|排期)(?:规划|计划|安排)[：:]?$/;
/** A period prefix that only ever looks ahead. */
// 剩下的年度目标 / 余下的任务: what is still to do this year is the plans.
const REMAINING = /^(?:剩下|剩余|余下)的?(?:年度|全年|今年|本年)?(?:目标|任务|计划)$/;
const FUTURE = /^(?:明年|来年|新的一年|新一年)[：:]?$/;

/** Titles of a closing summing-up (总结、结语…): after the other parts they are no duties part. */
// (…and exhibits at the end — 成果展示, 附录, 参考资料 — show what was done, after the plans as often as not.)
export const CLOSING = new Set([
  '总结',
  '小结',
  '结语',
  '结束语',
  '写在最后',
  '最后',
  '尾声',
  '后记',
  '结尾',
  '总结一下',
  '全年总结',
  '年度总结',
  '年终总结',
  '成果展示',
  '效果展示',
  '附录',
  '附件',
  '附图',
  '参考资料',
  '相关链接',
]);

// A pack's section names, normalised once per pack (not once per draft: a lint of every keystroke asks).
const titleMemo = new WeakMap<SectionSpec[], Map<string, SectionSpec>>();
const leadMemo = new WeakMap<SectionSpec[], { s: SectionSpec; words: string[]; plain: string[] }[]>();

function titlesOf(specs: SectionSpec[]): Map<string, SectionSpec> {
  let m = titleMemo.get(specs);
  if (!m) {
    m = new Map();
    // (Latin letters match in either case: LESS WELL, Less well.)
    for (const s of specs) for (const t of [s.title, ...s.aliases]) m.set(normalizeTitle(t).toLowerCase(), s);
    titleMemo.set(specs, m);
  }
  return m;
}

const NO_LEAD = new Set(['复盘', '踩坑']);

function leadsOf(specs: SectionSpec[]): { s: SectionSpec; words: string[]; plain: string[] }[] {
  let l = leadMemo.get(specs);
  if (!l) {
    // (复盘：…… and 踩坑：…… name a retrospective or a write-up in a list of documents as often as they open a part.)
    const names = (s: SectionSpec) => [s.title, ...s.aliases, ...s.keywords].filter((w) => !NO_LEAD.has(w));
    l = specs.map((s) => ({
      s,
      words: names(s).filter((w) => w.length >= 2),
      plain: names(s)
        .map(normalizeTitle)
        .filter((w) => w.length >= 2),
    }));
    leadMemo.set(specs, l);
  }
  return l;
}

/**
 * Titles already normalised: a pure function of the title, asked for every outline node by
 * several readers at each lint. Short titles only, kept as strings of their own (a slice of a
 * draft would keep the whole draft alive), and forgotten all at once when there are many.
 */
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 10_000;
const MAX_NORMALIZED_LENGTH = 80;

export function normalizeTitle(title: string): string {
  if (title.length > MAX_NORMALIZED_LENGTH) return normalizeAfresh(title);
  let t = normalized.get(title);
  if (t === undefined) {
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    t = detach(normalizeAfresh(title));
    normalized.set(detach(title), t);
  }
  return t;
}

/** What normalizing drops wherever it stands: spaces, quotes, brackets and punctuation. */
const DROPPED = /[\s\u3000“”"‘’'《》〈〉「」【】()（）:：。，、；;]/g;
const DROPPED_ONE = new RegExp(DROPPED.source);

function normalizeAfresh(title: string): string {
  // (A heading numbered with a bare figure and a space, 「3 2023 目标」: the number is no part of the name.)
  let t = title
    .replace(/^\s*[0-9]{1,2}\s+(?=[^\s年])/, '')
    .replace(TRAD_RE, simplifiedChar)
    .replace(DROPPED, '');
  t = t.replace(YEAR_PREFIX, '');
  t = t.replace(/^的/, '');
  return t;
}

/**
 * The last two characters of normalizeTitle(title) (fewer when it is shorter), read from the
 * title's end without normalizing it: besides the characters dropped anywhere, normalizing
 * takes off only a start. A check that wants titles ending in a given word rules out the
 * others — list items whose title is a whole paragraph — without normalizing them.
 */
export function normalizedTail(title: string): string {
  let tail = '';
  for (let i = title.length - 1; i >= 0 && tail.length < 2; i--) if (!DROPPED_ONE.test(title[i])) tail = simplifiedChar(title[i]) + tail;
  return tail;
}

/** A title that names the whole document: 2021年总结、岁末总结、述职报告、年度工作汇报. */
const DOC_TITLE = /总结|述职|报告|汇报|年终|年度|回顾/;

/** The nodes that carry the sections: the top level, or below a lone title heading. */
export function sectionLevel(outline: OutlineNode[]): OutlineNode[] {
  let nodes = outline;
  while (nodes.length === 1 && nodes[0].marker.kind === 'heading' && nodes[0].children.length > 0) nodes = nodes[0].children;
  // The document's title heading (# 2021 岁末总结) among other top-level bits (a byline, a note):
  // its children are the parts, not the title itself.
  const title = nodes.findIndex((n) => n.marker.kind === 'heading' && n.children.length > 0);
  if (title >= 0 && nodes.length > 1 && DOC_TITLE.test(nodes[title].title) && nodes.filter((n) => n.children.length > 0).length === 1) {
    nodes = [...nodes.slice(0, title).filter((n) => n.marker.kind !== 'heading' || n.body.length > 1), ...nodes[title].children, ...nodes.slice(title + 1)];
  }
  nodes = afterContents(nodes);
  // A leading unnumbered title heading followed by its numbered siblings (# 标题 / 一、 / 二、 …).
  // (A leading heading with text of its own — ## 成果概览 — is a part, not the title.)
  if (
    nodes.length > 1 &&
    nodes[0].marker.kind === 'heading' &&
    nodes[0].children.length === 0 &&
    nodes[0].body.length <= 1 &&
    nodes.slice(1).every((n) => n.marker.kind !== 'heading')
  ) {
    nodes = nodes.slice(1);
  }
  return nodes;
}

/**
 * 一、工作完成情况 / （一）… / 二、存在问题 / 三、工作计划 / … then 一、工作完成情况 again with its text: the first run
 * is the report's contents, printed title by title (a page's 目录), and the parts are those of the body after it.
 * (Every contents line is a title alone; the last may run into the report's own title and opening.)
 */
function afterContents(nodes: OutlineNode[]): OutlineNode[] {
  const listed = contentsEntries(nodes);
  if (!listed.length) return nodes;
  return nodes.filter((n) => !listed.includes(n));
}

/** The titles of a contents list printed ahead of the body (see afterContents), in order; none when there is none. */
export function contentsEntries(nodes: readonly OutlineNode[]): OutlineNode[] {
  const first = nodes.findIndex((n) => n.marker.kind !== 'heading' && n.marker.ordinal === 1);
  if (first < 0) return [];
  const head = nodes[first];
  const again = nodes.findIndex((n, i) => i > first && n.marker.kind === head.marker.kind && n.marker.ordinal === 1 && n.title.trim() === head.title.trim());
  if (again < 0) return [];
  const listed: OutlineNode[] = [];
  const walk = (n: OutlineNode): void => {
    listed.push(n);
    n.children.forEach(walk);
  };
  nodes.slice(first, again).forEach(walk);
  return listed.length < 3 || listed.slice(0, -1).some((n) => n.body.length > 1) ? [] : listed;
}

function keywordScore(spec: SectionSpec, title: string, words: Set<string>, segmented: boolean): number {
  if (spec.exclude.some((w) => title.includes(w))) return 0;
  let score = 0;
  for (const k of spec.keywords) {
    // With a real segmenter a keyword must be a word of the title (问题 in 存在的问题, not in 问题导向型…);
    // multi-word keywords (下一步, 工作打算) match as substrings.
    // A word ending in the keyword counts too (工作思路 → 思路, 来年规划 → 规划).
    if (words.has(k) || ((!segmented || k.length >= 3) && title.includes(k)) || (k.length >= 2 && someEndsWith(words, k))) score++;
  }
  return score;
}

/** A word longer than `k` that ends in it (a loop over the set: no array of its words per keyword). */
function someEndsWith(words: Set<string>, k: string): boolean {
  for (const w of words) if (w.length > k.length && w.endsWith(k)) return true;
  return false;
}

export function classifySections(nodes: OutlineNode[], specs: SectionSpec[], seg: Segmenter): void {
  const byTitle = titlesOf(specs);
  const segmented = seg.name !== 'basic';

  for (const node of nodes) {
    // (1 无论大小任务… / 2 领到任务…: a list numbered with spaces is a page of notes, its items points, not parts.)
    if (node.marker.style === ' ') continue;
    const t = normalizeTitle(node.title);
    // 反思与建议：体系思维（1分钟）: a part's name, then a colon and its theme.
    const colon = node.title.search(/[：:]/);
    const exact = byTitle.get(t.toLowerCase()) ?? (colon > 0 ? byTitle.get(normalizeTitle(node.title.slice(0, colon)).toLowerCase()) : undefined);
    if (exact) {
      node.section = exact.kind;
      node.sectionBy = t === normalizeTitle(exact.title) ? 'title' : 'alias';
      continue;
    }
    // Long titles are themes (坚持“三个到位”，推动…), not section names.
    if (t.length > 16) continue;
    const words = new Set(seg.cut(t));
    let best: SectionSpec | undefined;
    let bestScore = 0;
    let tie = false;
    for (const s of specs) {
      const sc = keywordScore(s, t, words, segmented);
      if (sc > bestScore) {
        best = s;
        bestScore = sc;
        tie = false;
      } else if (sc > 0 && sc === bestScore) tie = true;
    }
    // (## 项目时间规划： in a project's close-out report is the schedule the work kept to, not what comes next.)
    if (best && !tie && best.kind === 'next' && SCHEDULE.test(t) && !AHEAD.test(node.title.replace(/\s/g, ''))) continue;
    if (best && !tie) {
      node.section = best.kind;
      node.sectionBy = 'keyword';
      continue;
    }
    // 明年想做的 / 2026 年要做的事 / 来年 / 下半年重点工作: the period prefix, which names no part of itself, is all that
    // says "plans" here. (A bare 下半年 or 下季度 in an annual summary is a stretch of the year reviewed.)
    const next = specs.find((s) => s.kind === 'next');
    const raw = node.title.replace(/\s/g, '');
    if (!bestScore && next && REMAINING.test(t)) {
      node.section = 'next';
      node.sectionBy = 'keyword';
      continue;
    }
    if (!bestScore && next && YEAR_PREFIX.test(raw) && (INTENT.test(t) || (!t && FUTURE.test(node.title.trim())) || (AHEAD.test(raw) && TASKS.test(t)))) {
      node.section = 'next';
      node.sectionBy = 'keyword';
    }
  }

  // Plans come last: a part named by a keyword only (大数据新人学习计划) that opens the draft, with two unnamed
  // parts after it (and maybe the shortcomings), is a programme carried out, not the plans.
  const head = nodes[0];
  const rest = nodes.slice(1);
  if (
    head?.section === 'next' &&
    head.sectionBy === 'keyword' &&
    rest.filter((n) => !n.section).length >= 2 &&
    !rest.some((n) => n.section === 'next' || n.section === 'duties')
  ) {
    head.section = undefined;
    head.sectionBy = undefined;
  }

  // A closing 「总结」「结语」 after the problems or the plans is the conclusion, not the duties part.
  const firstLaterAt = nodes.findIndex((n) => n.section === 'problems' || n.section === 'next');
  if (firstLaterAt >= 0) {
    for (let i = firstLaterAt + 1; i < nodes.length; i++) {
      const t = normalizeTitle(nodes[i].title);
      // …and so is a 「技术要点总结」「经验总结」: a summing-up named by 总结 alone, with nothing of the work's own names.
      const summingUp = nodes[i].sectionBy === 'keyword' && /(?:总结|小结)$/.test(t) && !/工作|履职|职责|成绩|成效|完成|开展/.test(t);
      if (nodes[i].section === 'duties' && (CLOSING.has(t) || summingUp)) {
        nodes[i].section = undefined;
        nodes[i].sectionBy = undefined;
      }
    }
  }

  // Theme sections with no duties heading: everything unrecognised before the first problems/next section.
  const dutiesSpec = specs.find((s) => s.kind === 'duties');
  if (dutiesSpec && !nodes.some((n) => n.section === 'duties')) {
    const firstLater = nodes.findIndex((n) => n.section === 'problems' || n.section === 'next');
    if (firstLater > 0) {
      for (let i = 0; i < firstLater; i++) {
        if (!nodes[i].section) {
          nodes[i].section = 'duties';
          nodes[i].sectionBy = 'position';
        }
      }
    }
  }
}

function specMatch(node: OutlineNode, specs: SectionSpec[], byTitle: Map<string, SectionSpec>, seg: Segmenter): SectionSpec | undefined {
  const t = normalizeTitle(node.title);
  const exact = byTitle.get(t.toLowerCase());
  if (exact) return exact;
  if (t.length > 6) return undefined;
  // (Segment only a title that holds some keyword at all: most sub-headings hold none.)
  if (!specs.some((s) => s.keywords.some((k) => t.includes(k)))) return undefined;
  const words = new Set(seg.cut(t));
  const hits = specs.filter((s) => keywordScore(s, t, words, seg.name !== 'basic') > 0);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Parts named below the top level (「## 项目复盘」 / 「### 后续计划」): for each required kind
 * the top level lacks, the first descendant whose whole line is a short title naming it.
 * Marked on the node (`section`, `sectionBy: 'nested'`), never on a top-level node.
 */
export function classifyNested(nodes: OutlineNode[], specs: SectionSpec[], seg: Segmenter): void {
  const present = new Set(nodes.map((n) => n.section).filter(Boolean));
  const wanted = specs.filter((s) => s.required && !present.has(s.kind));
  if (!wanted.length) return;
  const byTitle = titlesOf(specs);
  const visit = (ns: OutlineNode[]): void => {
    for (const n of ns) {
      // A title line on its own (a heading, or a numbered line with nothing after its title).
      const lead = n.body[0];
      const alone = lead && n.titleSpan.end >= lead.end - 1 && !n.marker.fromList;
      if (alone && !n.section) {
        const spec = specMatch(n, specs, byTitle, seg);
        const i = spec ? wanted.indexOf(spec) : -1;
        if (spec && i >= 0) {
          n.section = spec.kind;
          n.sectionBy = 'nested';
          wanted.splice(i, 1);
          if (!wanted.length) return;
        }
      }
      visit(n.children);
      if (!wanted.length) return;
    }
  };
  for (const n of nodes) visit(n.children);
}

/** The section nodes in document order: the top level and any part named below it. */
export function sectionsInOrder(nodes: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const visit = (n: OutlineNode, top: boolean): void => {
    if (top || n.section) out.push(n);
    for (const c of n.children) visit(c, false);
  };
  for (const n of nodes) visit(n, true);
  return out;
}

/**
 * Kinds a paragraph announces without a numbered title: 「存在的问题：……」「下一步，我们将……」
 * 「明年，……」. They make a part present (no missing-section), but carry no order.
 */
export function announcedKinds(blocks: readonly Block[], specs: SectionSpec[]): Set<string> {
  const out = new Set<string>();
  const leads = leadsOf(specs);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'heading') continue;
    const m = /^[\s\u3000]*([^，,：:。；;！!？?]{2,14})[，,：:。]/.exec(b.text);
    const head = m ? m[1] : b.kind === 'heading' ? b.text.trim() : '';
    if (!head || head.length > 14) continue;
    const plain = normalizeTitle(head);
    for (const { s, words, plain: plainWords } of leads) {
      if (out.has(s.kind) || s.exclude.some((w) => head.includes(w))) continue;
      if (plainWords.some((w) => plain.startsWith(w)) || words.some((w) => head.startsWith(w))) out.add(s.kind);
    }
  }
  return out;
}
