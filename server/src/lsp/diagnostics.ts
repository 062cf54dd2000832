// Finding → LSP Diagnostic. Ranges are UTF-16 (LineIndex.positionAt) and the code
// is the rule id with a link to its documentation. No `data`: code actions find the
// finding again by rule id and range in the server's own results, so a diagnostic
// carries only what the editor shows (on a 100k draft with a thousand findings,
// every byte of it is stringified, sent and parsed after each edit).
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Finding, Severity, Span } from '../engine/index.js';
import { LineIndex } from '../engine/index.js';
import type { PackError } from '../packs/errors.js';
import { ruleDocsHref } from '../rule-links.js';

export const SOURCE = 'shengao';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

/** The word an "allow this term/placeholder" action would add, if the finding has one. */
export function allowWord(f: Finding): string | undefined {
  const d = f.data ?? {};
  if (f.ruleId === 'terms/preferred' && typeof d.avoid === 'string') return d.avoid;
  if (f.ruleId === 'text/placeholder' && typeof d.placeholder === 'string') return d.placeholder;
  return undefined;
}

export function toDiagnostic(f: Finding, index: LineIndex, uri: string): Diagnostic {
  const d: Diagnostic = {
    range: toRange(index, f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
  };
  const href = ruleDocsHref(f.ruleId);
  if (href) d.codeDescription = { href };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(index, r) }, message: r.message }));
  return d;
}

/** A broken pack, shown on the pack file at the error's line and column (1-based in PackError). */
export function packErrorDiagnostic(e: PackError, text: string | undefined): Diagnostic {
  const line = Math.max(0, e.line - 1);
  const character = Math.max(0, e.column - 1);
  let end = character + 1;
  if (text !== undefined) {
    const idx = new LineIndex(text);
    const lineEnd = idx.lineEnd(Math.min(line, idx.lineCount - 1)) - idx.lineStarts[Math.min(line, idx.lineCount - 1)];
    end = Math.max(character + 1, lineEnd);
  }
  return {
    range: { start: { line, character }, end: { line, character: end } },
    severity: DiagnosticSeverity.Error,
    code: 'pack/invalid',
    source: SOURCE,
    message: `${e.problem}${e.hint ? `（${e.hint}）` : ''}`,
  };
}

/** The `focus` option: findings touching `line` are held back while it is being typed. */
export function holdBack(diags: Diagnostic[], line: number | undefined): Diagnostic[] {
  if (line === undefined) return diags;
  return diags.filter((d) => !(d.range.start.line <= line && d.range.end.line >= line));
}
