// Plan follow-through: does each item of last year's 下步打算 (`next` section) show
// up in this year's 履职/工作情况 (`duties` section)? Pure: two models in, a
// matching out.
//
// Items are the outline children of the section (一是…, 1.…, （一）…), else the
// inline enumerations of its paragraphs (一是……；二是……), else its paragraphs.
// Keywords are segmented words weighted by part of speech (nouns and names over
// verbs) and by how specific they are to one duty item (inverse item frequency),
// with stopwords and generic report words (加强、推进、工作、进一步…) dropped.
// A plan's score against a duty item is the weighted share of its keywords that
// the item contains (the title's words count double: they carry the theme).
import type { ReportModel, OutlineNode, Span, Block } from '../engine/index.js';

export interface TraceItem extends Span {
  /** Index among the section's items. */
  index: number;
  /** Marker as written (一是, 1、, （二）), '' for paragraphs. */
  marker: string;
  /** Lead phrase: the node title, or the item's first clause. */
  title: string;
  text: string;
}

export interface Keyword {
  word: string;
  weight: number;
}

export interface TraceCandidate {
  /** Index into `TraceResult.duties`. */
  item: number;
  score: number;
  /** Plan keywords found in the item, heaviest first. */
  words: string[];
  /** The item's sentence that carries most of the matched words. */
  sentence?: Span & { text: string };
}

export type TraceStatus = 'followed' | 'partial' | 'unmatched';

export interface TracePlan extends TraceItem {
  keywords: Keyword[];
  status: TraceStatus;
  /** Best score over this year's items (0 when there are none). */
  score: number;
  /** Up to `candidates` best items, best first (nearest candidates for unmatched plans). */
  candidates: TraceCandidate[];
}

export interface TraceResult {
  plans: TracePlan[];
  duties: TraceItem[];
  /** Heading of last year's `next` section and this year's first `duties` section. */
  nextHeading?: Span & { title: string };
  dutiesHeading?: Span & { title: string };
  /** Why the matching could not run fully, in Chinese. */
  problems: string[];
  thresholds: { followed: number; partial: number };
}

export interface TraceOptions {
  /** Score at or above which a plan counts as followed. */
  followed?: number;
  /** Score at or above which a plan counts as partly followed. */
  partial?: number;
  candidates?: number;
  /** Extra words to ignore. */
  stopwords?: string[];
  nextKind?: string;
  dutiesKind?: string;
}

export const DEFAULT_THRESHOLDS = { followed: 0.4, partial: 0.22 };

/** Words that say nothing about *what* was planned. */
export const GENERIC_WORDS = new Set(
  (
    '工作 加强 推进 推动 进一步 不断 持续 深入 扎实 全面 积极 认真 切实 着力 坚持 提升 提高 强化 开展 落实 做好 抓好 抓实 完善 健全 ' +
    '水平 能力 质量 效果 成效 成果 重点 各项 有关 相关 方面 一批 重要 主动 有效 稳步 努力 力争 确保 保障 实现 发挥 作用 ' +
    '今年 明年 全年 年度 去年 下步 下一步 打算 计划 将 要 继续 围绕 聚焦 注重 突出 狠抓 抓 严格 规范 进行 组织 实施 ' +
    '单位 部门 同志 干部 情况 问题 任务 目标 措施 举措 机制 体系 制度 能力 意识 工作者 形式 方式 内容 活动 方法 思路 ' +
    '取得 完成 达到 增强 深化 优化 创新 探索 建立 构建 打造 形成 引导 带动 服务 发展 建设 管理 改善 加快 提质 增效 有序'
  ).split(/\s+/),
);

const STOP_TAGS = /^(?:x|w|u|uj|ul|uz|ug|uv|ud|p|c|r|m|q|d|f|t|y|e|o|zg|mq|rr|rz|ad|ag|k|h|vshi|vyou|df)$/;
const NOUN_TAGS = /^(?:n|nr|ns|nt|nz|nrt|nrfg|ng|l|j|i|eng|b|s)$/;
const CJK = /^[\u3400-\u9fff]{2,}$/;

function posWeight(word: string, tag: string): number {
  if (tag === 'x' || tag === 'eng') return CJK.test(word) || /^[A-Za-z]{2,}$/.test(word) ? 1.2 : 0;
  if (STOP_TAGS.test(tag)) return 0;
  if (NOUN_TAGS.test(tag)) return tag === 'nz' || tag === 'l' || tag === 'j' || tag === 'i' ? 1.2 : 1;
  if (tag === 'vn' || tag === 'an') return 0.9;
  if (tag.startsWith('v')) return 0.6;
  if (tag === 'a') return 0.4;
  return 0.5;
}

/** A short paragraph that only announces the items: 下一年，我将着力做好三项工作。/ 重点抓好以下工作： */
const LEAD_IN = /^.{0,40}(?:[一二两三四五六七八九十几]+(?:项|件|个方面)(?:重点)?工作|以下|如下)[。：:]?$|^.{0,40}[：:]$/u;

function firstClause(s: string): string {
  const m = /^[^，。；：,;:!?！？\n]{1,30}/.exec(s.trim());
  return (m ? m[0] : s.trim().slice(0, 30)).trim();
}

function blockIndexOf(model: ReportModel, b: Block): number {
  return model.blocks.indexOf(b);
}

/** The items of a section: children, inline enumerations, or paragraphs. */
export function sectionItems(model: ReportModel, node: OutlineNode): TraceItem[] {
  const out: TraceItem[] = [];
  const push = (span: Span, marker: string, title: string) => {
    const text = model.text.slice(span.start, span.end).trim();
    if (text) out.push({ index: out.length, start: span.start, end: span.end, marker, title: title || firstClause(text), text });
  };
  if (node.children.length) {
    for (const c of node.children) {
      const text = model.text.slice(c.marker.end, c.end);
      push({ start: c.marker.end, end: c.end }, c.marker.text, c.title || firstClause(text));
    }
    return out;
  }
  const body = node.body.filter((b) => b.start >= node.titleSpan.end || b.end > node.titleSpan.end);
  const bodyIdx = new Set(body.map((b) => blockIndexOf(model, b)));
  const enums = model.enumerations.filter((e) => bodyIdx.has(e.blockIndex) && e.items.length >= 2);
  if (enums.length) {
    for (const e of enums) for (const it of e.items) push({ start: it.marker.end, end: it.span.end }, it.marker.text, '');
    return out;
  }
  for (const b of body) {
    if (b.kind === 'comment' || b.kind === 'code' || b.kind === 'furniture' || b.kind === 'heading') continue;
    const start = Math.max(b.start, node.titleSpan.end);
    if (start >= b.end) continue;
    if (LEAD_IN.test(model.text.slice(start, b.end).trim())) continue;
    push({ start, end: b.end }, '', '');
  }
  return out;
}

function findSection(model: ReportModel, kind: string): OutlineNode[] {
  return model.sectionNodes.filter((n) => n.section === kind);
}

function keywordsOf(model: ReportModel, text: string, stop: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const { word, tag } of model.words(text)) {
    const w = word.trim();
    if (w.length < 2 || stop.has(w) || GENERIC_WORDS.has(w)) continue;
    const p = posWeight(w, tag);
    if (p > 0) out.set(w, Math.max(out.get(w) ?? 0, p));
  }
  return out;
}

function bestSentence(model: ReportModel, item: TraceItem, words: string[]): (Span & { text: string }) | undefined {
  let best: (Span & { text: string }) | undefined;
  let bestN = 0;
  for (const s of model.sentences) {
    if (s.start < item.start || s.end > item.end) continue;
    const n = words.filter((w) => s.text.includes(w)).length;
    if (n > bestN) {
      bestN = n;
      best = { start: s.start, end: s.end, text: s.text };
    }
  }
  return best;
}

export function tracePlans(last: ReportModel, current: ReportModel, opts: TraceOptions = {}): TraceResult {
  const thresholds = { followed: opts.followed ?? DEFAULT_THRESHOLDS.followed, partial: opts.partial ?? DEFAULT_THRESHOLDS.partial };
  const stop = new Set(opts.stopwords ?? []);
  const problems: string[] = [];
  const nextNodes = findSection(last, opts.nextKind ?? 'next');
  const dutyNodes = findSection(current, opts.dutiesKind ?? 'duties');
  if (!nextNodes.length) problems.push('去年的文稿里没有找到“下步工作打算”部分（应是一个标题含“打算”“计划”“思路”的一级部分）');
  if (!dutyNodes.length) problems.push('今年的文稿里没有找到“履职/工作情况”部分，无法对照');

  const planItems: TraceItem[] = [];
  for (const n of nextNodes) for (const it of sectionItems(last, n)) planItems.push({ ...it, index: planItems.length });
  const duties: TraceItem[] = [];
  for (const n of dutyNodes) for (const it of sectionItems(current, n)) duties.push({ ...it, index: duties.length });

  // Inverse item frequency over this year's items: a word every item has tells little.
  const dutyText = duties.map((d) => `${d.title}\n${d.text}`);
  const idf = (w: string): number => {
    if (!duties.length) return 1;
    const df = dutyText.filter((t) => t.includes(w)).length;
    if (!df) return 1;
    return 0.35 + 0.65 * (1 - (df - 1) / Math.max(1, duties.length));
  };

  const plans: TracePlan[] = planItems.map((p) => {
    const kw = keywordsOf(last, p.text, stop);
    for (const [w, v] of keywordsOf(last, p.title, stop)) kw.set(w, (kw.get(w) ?? v) + v); // title words count double
    const keywords = [...kw.entries()]
      .map(([word, weight]) => ({ word, weight: Math.round(weight * idf(word) * 100) / 100 }))
      .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
    const totalW = keywords.reduce((s, k) => s + k.weight, 0);
    const candidates: TraceCandidate[] = duties
      .map((d, i) => {
        const hit = keywords.filter((k) => dutyText[i].includes(k.word));
        const score = totalW ? hit.reduce((s, k) => s + k.weight, 0) / totalW : 0;
        const words = hit.map((k) => k.word);
        return { item: i, score: Math.round(score * 1000) / 1000, words, sentence: words.length ? bestSentence(current, d, words) : undefined };
      })
      .filter((c) => c.words.length)
      .sort((a, b) => b.score - a.score || a.item - b.item)
      .slice(0, opts.candidates ?? 3);
    const score = candidates[0]?.score ?? 0;
    const status: TraceStatus = score >= thresholds.followed ? 'followed' : score >= thresholds.partial ? 'partial' : 'unmatched';
    return { ...p, keywords, status, score, candidates };
  });

  const heading = (n: OutlineNode | undefined, m: ReportModel) =>
    n ? { start: n.start, end: n.titleSpan.end, title: m.text.slice(n.start, n.titleSpan.end).trim() } : undefined;
  return { plans, duties, nextHeading: heading(nextNodes[0], last), dutiesHeading: heading(dutyNodes[0], current), problems, thresholds };
}
