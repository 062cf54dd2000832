// The language-server side of "审稿：对照去年的工作打算": the client sends last year's
// draft (its text: the server needs no file access), the server matches its plans
// against the current document's duties, and answers with LSP ranges.
import type { Range } from 'vscode-languageserver';
import { lint, RULES, type DocumentKind } from '../engine/index.js';
import { kindOfPath } from '../project/files.js';
import type { EngineConfig } from '../engine/index.js';
import type { Segmenter } from '../engine/index.js';
import { LineIndex } from '../engine/index.js';
import { tracePlans } from '../trace/trace.js';
import { traceSummary } from '../trace/format.js';
import type { TraceParams, TraceResponse } from './protocol.js';

function range(index: LineIndex, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

export function traceResponse(p: TraceParams, current: { text: string; kind: DocumentKind }, config: EngineConfig, segmenter: Segmenter): TraceResponse {
  const only = new Set<string>();
  const lastKind = p.lastPath ? kindOfPath(p.lastPath) : 'text';
  const last = lint(p.lastText, { kind: lastKind, config, segmenter, only }).model;
  const cur = lint(current.text, { kind: current.kind, config, segmenter, only }).model;
  // The same two drafts through the history/* checks (this year against last year's report).
  const historyRules = new Set(RULES.filter((r) => r.id.startsWith('history/')).map((r) => r.id));
  const history = lint(current.text, { kind: current.kind, config, segmenter, only: historyRules, previous: { text: p.lastText, kind: lastKind } }).findings;
  const r = tracePlans(last, cur);
  const li = new LineIndex(p.lastText);
  const ci = new LineIndex(current.text);
  return {
    summary: traceSummary(r),
    problems: r.problems,
    dutiesHeading: r.dutiesHeading ? range(ci, r.dutiesHeading.start, r.dutiesHeading.end) : undefined,
    plans: r.plans.map((pl) => ({
      marker: pl.marker,
      title: pl.title,
      text: pl.text,
      status: pl.status,
      score: pl.score,
      lastRange: range(li, pl.start, pl.end),
      candidates: pl.candidates.map((c) => ({
        title: r.duties[c.item].title,
        marker: r.duties[c.item].marker,
        score: c.score,
        words: c.words,
        range: c.sentence ? range(ci, c.sentence.start, c.sentence.end) : range(ci, r.duties[c.item].start, r.duties[c.item].end),
      })),
    })),
    history: history.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: range(ci, f.start, f.end) })),
  };
}
