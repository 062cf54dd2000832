// Scoring: one finding per (rule, line), matched within ±1 line; document-level findings
// anywhere in the file, and only on whole documents.
import { DOC_LEVEL, SCORED_RULES, type EvalDoc, type Expected } from './corpus';

export interface Found {
  rule: string;
  line: number;
  message: string;
}

export interface DocResult {
  doc: EvalDoc;
  tp: { expected: Expected; found: Found }[];
  missed: Expected[];
  extra: Found[];
}

/** The file line (line 1 = SOURCE) of the document's last non-blank line. */
function lastTextLine(doc: EvalDoc): number {
  const lines = ('SOURCE' + doc.text).split('\n');
  let i = lines.length;
  while (i > 1 && !lines[i - 1].trim()) i--;
  return i;
}

export function scoreDoc(doc: EvalDoc, found: Found[]): DocResult {
  const scored = new Set<string>(SCORED_RULES);
  // One finding per (rule, line); a document-level rule once per message (one per missing part).
  const seen = new Set<string>();
  let left: Found[] = [];
  for (const f of found) {
    if (!scored.has(f.rule)) continue;
    if (DOC_LEVEL.has(f.rule) && !doc.whole) continue;
    // A cut document ends where the page store stopped: a title on its last line is empty because of the cut.
    if (f.rule === 'structure/empty-section' && !doc.whole && f.line >= lastTextLine(doc)) continue;
    const key = DOC_LEVEL.has(f.rule) ? `${f.rule}\u0000${f.message}` : `${f.rule}\u0000${f.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    left.push(f);
  }
  const expected = doc.expected.filter((e) => doc.whole || !DOC_LEVEL.has(e.rule));
  const tp: DocResult['tp'] = [];
  const missed: Expected[] = [];
  // Exact lines first, then neighbours, so a ±1 match never steals an exact one.
  const order = [...expected].sort((a, b) => (a.line === 'doc' ? 0 : 1) - (b.line === 'doc' ? 0 : 1));
  const pending: Expected[] = [];
  for (const e of order) {
    const i = left.findIndex((f) => f.rule === e.rule && (e.line === 'doc' || f.line === e.line));
    if (i >= 0) {
      tp.push({ expected: e, found: left[i] });
      left = left.filter((_, j) => j !== i);
    } else pending.push(e);
  }
  for (const e of pending) {
    const i = left.findIndex((f) => f.rule === e.rule && e.line !== 'doc' && Math.abs(f.line - e.line) <= 1);
    if (i >= 0) {
      tp.push({ expected: e, found: left[i] });
      left = left.filter((_, j) => j !== i);
    } else missed.push(e);
  }
  // One annotation may name two missing parts at once (“no problems part and no plan”): the finding
  // that names the second part is the same complaint, split — neither a hit nor a false alarm.
  const markedDoc = new Set<string>(tp.filter((t) => t.expected.line === 'doc').map((t) => t.expected.rule));
  left = left.filter((f) => !(DOC_LEVEL.has(f.rule) && markedDoc.has(f.rule)));
  return { doc, tp, missed, extra: left };
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Pooled counts over `rules` (one rule, a family, or all). */
export function pooled(results: DocResult[], rules: (r: string) => boolean, label: string): RuleScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of results) {
    tp += r.tp.filter((t) => rules(t.expected.rule)).length;
    fp += r.extra.filter((f) => rules(f.rule)).length;
    fn += r.missed.filter((e) => rules(e.rule)).length;
  }
  return { rule: label, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Precision and recall averaged over files (a file with nothing expected and nothing found counts 1/1). */
export function perFile(results: DocResult[]): { precision: number; recall: number } {
  if (!results.length) return { precision: 1, recall: 1 };
  let p = 0;
  let r = 0;
  for (const d of results) {
    p += ratio(d.tp.length, d.tp.length + d.extra.length);
    r += ratio(d.tp.length, d.tp.length + d.missed.length);
  }
  return { precision: p / results.length, recall: r / results.length };
}

export const isPrecise = (r: string): boolean => r.startsWith('structure/') || r === 'outline/sequence' || r.startsWith('numbers/') || r === 'text/placeholder';
export const isCore = (r: string): boolean => r.startsWith('structure/') || r === 'outline/sequence' || r.startsWith('numbers/');

export interface Target {
  label: string;
  score: RuleScore;
  metric: 'precision' | 'recall';
  min: number;
}

/** The targets: precision ≥ 0.95 on each precise family, recall ≥ 0.9 overall and on the core rules. */
export function targets(results: DocResult[]): Target[] {
  const fam = (p: (r: string) => boolean, label: string) => pooled(results, p, label);
  return [
    { label: 'structure/* 查准率', score: fam((r) => r.startsWith('structure/'), 'structure/*'), metric: 'precision', min: 0.95 },
    { label: 'outline/sequence 查准率', score: fam((r) => r === 'outline/sequence', 'outline/sequence'), metric: 'precision', min: 0.95 },
    { label: 'numbers/* 查准率', score: fam((r) => r.startsWith('numbers/'), 'numbers/*'), metric: 'precision', min: 0.95 },
    { label: 'text/placeholder 查准率', score: fam((r) => r === 'text/placeholder', 'text/placeholder'), metric: 'precision', min: 0.95 },
    { label: '全部规则 查全率', score: fam(() => true, '全部'), metric: 'recall', min: 0.9 },
    { label: 'numbers+structure+outline/sequence 查全率', score: fam(isCore, 'core'), metric: 'recall', min: 0.9 },
  ];
}
