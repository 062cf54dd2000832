// Code actions. Each carries the diagnostics it resolves, and every edit names
// the document version it was computed for (a stale edit is refused by the client).
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Finding, ReportModel, TextEdit } from '../engine/index.js';
import { applyFixes } from '../engine/index.js';
import type { LineIndex } from '../engine/index.js';
import { SOURCE, allowWord, toRange } from './diagnostics.js';
import { ALLOW_COMMAND, FIX_ALL_KIND } from './protocol.js';
import type { Strings } from './i18n.js';

export interface ActionInput {
  uri: string;
  version: number;
  model: ReportModel;
  findings: Finding[];
  index: LineIndex;
  /** Diagnostics the client sent in the context (those under the cursor). */
  diagnostics: Diagnostic[];
  only?: string[];
  t: Strings;
}

function sameRange(a: Diagnostic, f: Finding, index: LineIndex): boolean {
  const r = toRange(index, f);
  return (
    a.range.start.line === r.start.line &&
    a.range.start.character === r.start.character &&
    a.range.end.line === r.end.line &&
    a.range.end.character === r.end.character
  );
}

function edit(uri: string, version: number, index: LineIndex, edits: TextEdit[]): WorkspaceEdit {
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: toRange(index, e), newText: e.newText }));
  return { documentChanges: [{ textDocument: { uri, version }, edits: lsp }] };
}

function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The comment that switches `ruleId` off for the paragraph (Markdown) or line (text) holding `f`. */
export function disableEdit(model: ReportModel, f: Finding, index: LineIndex): TextEdit {
  const block =
    model.blocks.find((b) => b.kind !== 'comment' && b.start <= f.start && f.start < Math.max(b.end, b.start + 1)) ??
    model.blocks.find((b) => b.start >= f.start);
  const at = index.lineStarts[index.lineOf(block ? block.start : f.start)];
  const nl = lineBreak(model.text);
  const comment = `<!-- shengao-disable-next ${f.ruleId} -->`;
  return { start: at, end: at, newText: model.kind === 'markdown' ? `${comment}${nl}${nl}` : `${comment}${nl}` };
}

export function codeActions(input: ActionInput): CodeAction[] {
  const { uri, version, model, findings, index, t } = input;
  const wants = (kind: string) => !input.only || input.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of input.diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== 'string') continue;
      const f = findings.find((x) => x.ruleId === d.code && sameRange(d, x, index));
      if (!f) continue;
      if (f.fix) {
        out.push({
          title: f.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: f.fix.safe,
          edit: edit(uri, version, index, f.fix.edits),
        });
      }
      const word = allowWord(f);
      if (word) {
        out.push({
          title: t.allowWord(word),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: t.allowWord(word), command: ALLOW_COMMAND, arguments: [uri, word] },
        });
      }
      out.push({
        title: model.kind === 'markdown' ? t.disableRule(f.ruleId) : t.disableLine(f.ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: edit(uri, version, index, [disableEdit(model, f, index)]),
      });
    }
  }
  if (wants(FIX_ALL_KIND) && (input.only?.length || findings.some((f) => f.fix?.safe))) {
    const { applied } = applyFixes(model.text, findings);
    if (applied.length) {
      const diags = input.diagnostics.filter((d) => applied.some((f) => f.ruleId === d.code && sameRange(d, f, index)));
      out.push({
        title: t.fixAll,
        kind: FIX_ALL_KIND,
        diagnostics: diags,
        edit: edit(
          uri,
          version,
          index,
          applied.flatMap((f) => f.fix!.edits),
        ),
      });
    }
  }
  return out;
}
