// Completion: the pack's section skeletons (snippets every LSP editor gets), the
// pack's preferred terms, and the outline marker that continues the current
// sequence (after （二） offer （三）; after 2. offer 3.).
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver/node';
import type { MarkerKind, OutlineNode, ReportModel } from '../engine/index.js';
import type { EngineConfig, SectionSpec } from '../engine/index.js';
import { canonicalMarker, ordinalText, toChineseNumeral } from '../engine/index.js';
import { walkOutline } from '../engine/index.js';
import type { LineIndex } from '../engine/index.js';
import type { SectionItem } from './protocol.js';
import type { Strings } from './i18n.js';

const PARTIAL_MARKER = /^[\s\u3000]*([（(]?[一二三四五六七八九十0-9０-９]{0,3}[）)]?[、.．]?)$/;
const CHILD_KIND: Partial<Record<MarkerKind, MarkerKind>> = { cn: 'cnParen', cnParen: 'arabic', arabic: 'arabicParen', arabicParen: 'circled' };

function markerText(kind: MarkerKind, ordinal: number): string {
  return kind === 'shi' ? `${toChineseNumeral(ordinal)}是` : canonicalMarker(kind, ordinal);
}

/** The next marker in the writer's own style: 1、 → 2、, （二） → （三）. */
function nextInStyle(node: OutlineNode, model: ReportModel): string {
  const m = node.marker;
  if (m.kind === 'heading') return '';
  const rel = m.ordinalSpan.start - m.start;
  const relEnd = m.ordinalSpan.end - m.start;
  const like = model.text.slice(m.ordinalSpan.start, m.ordinalSpan.end);
  if (rel < 0 || relEnd > m.text.length) return markerText(m.kind, m.ordinal + 1);
  return m.text.slice(0, rel) + ordinalText(m.kind, m.ordinal + 1, like) + m.text.slice(relEnd);
}

/** The last outline node that starts before `offset`. */
function lastNodeBefore(model: ReportModel, offset: number): OutlineNode | undefined {
  let last: OutlineNode | undefined;
  for (const n of walkOutline(model.outline)) if (n.start < offset) last = n;
  return last;
}

export function markerItems(model: ReportModel, offset: number, lineStart: number, index: LineIndex, t: Strings): CompletionItem[] {
  const prefix = model.text.slice(lineStart, offset);
  const pm = PARTIAL_MARKER.exec(prefix);
  if (!pm) return [];
  const node = lastNodeBefore(model, lineStart);
  if (!node) return [];
  const typedStart = offset - pm[1].length;
  const range: Range = { start: index.positionAt(typedStart), end: index.positionAt(offset) };
  const out: { label: string; detail: string }[] = [];
  const add = (label: string, detail: string) => {
    if (label && !out.some((o) => o.label === label)) out.push({ label, detail });
  };
  for (let n: OutlineNode | undefined = node; n; n = n.parent) {
    if (n.marker.kind === 'heading') continue;
    const mine = nextInStyle(n, model);
    add(mine, `${t.nextMarker}（${n.marker.text}${n.title.slice(0, 12)} 之后）`);
    add(markerText(n.marker.kind, n.marker.ordinal + 1), `${t.nextMarker}（GB/T 9704）`);
  }
  const child = node.marker.kind !== 'heading' && !node.children.length ? CHILD_KIND[node.marker.kind] : undefined;
  if (child) add(markerText(child, 1), `${t.nextMarker}（${node.marker.text} 的下一级）`);
  return out.map((o, i) => ({
    label: o.label,
    kind: CompletionItemKind.EnumMember,
    detail: o.detail,
    sortText: `0${String(i).padStart(2, '0')}`,
    filterText: pm[1] ? o.label : undefined,
    textEdit: { range, newText: o.label },
  }));
}

function sectionPrefix(model: ReportModel, offset: number): string {
  const nodes = model.sectionNodes;
  const numbered = nodes.filter((n) => n.marker.kind !== 'heading');
  const before = nodes.filter((n) => n.start < offset);
  let hashes = '';
  if (model.kind === 'markdown' && nodes.length && nodes[0].fromHeading) {
    const depth = model.blocks.find((b) => b.kind === 'heading' && b.start === nodes[0].start)?.depth ?? 2;
    hashes = '#'.repeat(depth) + ' ';
  }
  if (nodes.length && !numbered.length) return hashes;
  const kind = numbered[0]?.marker.kind ?? 'cn';
  const ordinal = before.filter((n) => n.marker.kind === kind).length + 1;
  return hashes + (kind === 'shi' ? '' : canonicalMarker(kind, ordinal));
}

/** The pack's sections as snippets headed by the next top-level marker at `offset`. */
export function sectionSnippets(model: ReportModel, config: EngineConfig, offset: number): SectionItem[] {
  const prefix = sectionPrefix(model, offset);
  return config.sections.map((s: SectionSpec) => ({
    kind: s.kind,
    label: s.label,
    title: s.title,
    required: s.required,
    snippet: prefix + (s.snippet ?? `\${1:${s.title}}\n$0`).replace(/\s+$/, '') + '\n$0',
  }));
}

export function sectionItems(model: ReportModel, config: EngineConfig, offset: number, lineStart: number, index: LineIndex, t: Strings): CompletionItem[] {
  const prefix = model.text.slice(lineStart, offset);
  if (prefix.length > 12 || /[。，；：！？,;:!?]/.test(prefix)) return [];
  const typed = prefix.replace(/^[\s\u3000]+/, '');
  const range: Range = { start: index.positionAt(offset - typed.length), end: index.positionAt(offset) };
  const present = new Set(model.sectionNodes.map((n) => n.section));
  return sectionSnippets(model, config, offset).map((s, i) => ({
    label: `${s.label}：${s.title}`,
    kind: CompletionItemKind.Snippet,
    detail: t.sectionDetail(s.label),
    documentation: { kind: 'markdown', value: '```text\n' + s.snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '') + '\n```' },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: s.snippet },
    filterText: `${typed}${s.title}${s.label}`,
    sortText: `${present.has(s.kind) ? '2' : '1'}${String(i).padStart(2, '0')}`,
  }));
}

export function termItems(config: EngineConfig, text: string, offset: number, index: LineIndex, t: Strings): CompletionItem[] {
  const run = /[\u3400-\u9fff]+$/.exec(text.slice(Math.max(0, offset - 24), offset))?.[0];
  if (!run || run.length < 2) return [];
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const term of config.terms) {
    const p = term.prefer;
    if (seen.has(p) || p.length < 3) continue;
    let k = Math.min(run.length, p.length - 1);
    while (k >= 2 && !run.endsWith(p.slice(0, k))) k--;
    if (k < 2) continue;
    seen.add(p);
    const range: Range = { start: index.positionAt(offset - k), end: index.positionAt(offset) };
    out.push({
      label: p,
      kind: CompletionItemKind.Text,
      detail: t.termDetail(term.avoid),
      documentation: term.note,
      filterText: p,
      sortText: `3${p}`,
      textEdit: { range, newText: p },
    });
  }
  return out;
}

export function complete(model: ReportModel, config: EngineConfig, offset: number, index: LineIndex, t: Strings): CompletionItem[] {
  const line = index.lineOf(offset);
  const lineStart = index.lineStarts[line];
  return [
    ...markerItems(model, offset, lineStart, index, t),
    ...sectionItems(model, config, offset, lineStart, index, t),
    ...termItems(config, model.text, offset, index, t),
  ];
}
