// Document symbols and folding ranges from the report outline
// (一、/（一）/1./（1） and `#` headings), with the section kind label in `detail`.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { OutlineNode, ReportModel } from '../engine/index.js';
import type { EngineConfig } from '../engine/index.js';
import { walkOutline } from '../engine/index.js';
import type { LineIndex } from '../engine/index.js';
import { toRange } from './diagnostics.js';

/** End of a node without the trailing line break(s), so ranges end on the node's last line. */
function trimmedEnd(text: string, node: OutlineNode): number {
  let e = node.end;
  while (e > node.start && /[\r\n\s\u3000]/.test(text[e - 1])) e--;
  return e;
}

export function documentSymbols(model: ReportModel, config: EngineConfig, index: LineIndex): DocumentSymbol[] {
  const labels = new Map(config.sections.map((s) => [s.kind, s.label]));
  const convert = (n: OutlineNode): DocumentSymbol => {
    const end = Math.max(trimmedEnd(model.text, n), n.titleSpan.end);
    const range = toRange(index, { start: n.start, end });
    const selStart = n.marker.kind === 'heading' ? n.titleSpan.start : n.marker.start;
    const selection = toRange(index, { start: Math.max(n.start, selStart), end: Math.max(n.titleSpan.end, selStart) });
    const label = n.section ? (labels.get(n.section) ?? n.section) : undefined;
    const name = `${n.marker.kind === 'heading' ? '' : n.marker.text}${n.title}`.trim() || n.marker.text || '（无标题）';
    return {
      name,
      detail: label,
      kind: n.level === 1 || n.section ? SymbolKind.Namespace : n.children.length ? SymbolKind.Module : SymbolKind.String,
      range,
      selectionRange: selection,
      children: n.children.map(convert),
    };
  };
  return model.outline.map(convert);
}

export function foldingRanges(model: ReportModel, index: LineIndex): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const n of walkOutline(model.outline)) {
    const startLine = index.lineOf(n.start);
    const endLine = index.lineOf(trimmedEnd(model.text, n));
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region, collapsedText: `${n.marker.text}${n.title}` });
  }
  return out;
}
