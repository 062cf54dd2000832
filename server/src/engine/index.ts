// The engine's public face: text in, model and findings out. Pure — no fs, no LSP.
import type { DocumentKind, Finding, ReportModel } from './types.js';
import type { EngineConfig } from './config.js';
import type { Check } from './rule.js';
import type { Segmenter } from './segmenter.js';
import { buildModel } from './model.js';
import { runChecks, type CheckFailure } from './run/runner.js';
import { CHECKS, RULES } from './checks/index.js';
import { plainFields } from './explain.js';
import { sweepLintCache, type LintCache } from './run/cache.js';
import type { Bounds } from './run/deadline.js';

export * from './types.js';
export type { EngineConfig, SectionSpec, TermSpec, RuleSetting } from './config.js';
export type { Check, RuleMeta } from './rule.js';
export type { Segmenter } from './segmenter.js';
export type { Quantity, QuantityKind } from './figures/quantities.js';
export { basicSegmenter } from './segmenter.js';
export { RULES, CHECKS } from './checks/index.js';
export { LineIndex } from './text/positions.js';
export { applyEdits, applyFixes } from './run/fixes.js';
export { createLintCache, type LintCache } from './run/cache.js';
export { DeadlineExceeded, type Deadline, type Budgets, type Bounds } from './run/deadline.js';
export { figureLedger, ledgerValueText, type LedgerRow, type LedgerCheck, type LedgerVerdict } from './figures/ledger.js';

// What the front ends (CLI, language server, reports) use besides lint(): every import from outside the engine comes through here.
export type { PlaceholderPattern } from './config.js';
export type { CheckFailure } from './run/runner.js';
export { canonicalMarker, ordinalText, toChineseNumeral } from './reader/markers.js';
export { walkOutline } from './reader/outline.js';
export { linearProblem } from './text/pattern.js';
export { ruleAnchor } from './rule-docs.js';
export { realign } from './segmenter.js';
export type { TaggedWord } from './segmenter.js';

export interface LintOptions {
  kind: DocumentKind;
  config: EngineConfig;
  segmenter?: Segmenter;
  /** Run only these rule ids. */
  only?: Set<string>;
  checks?: Check[];
  /**
   * Work kept from the previous check of the same document (see cache.ts): the
   * language server passes one per open document; the findings do not change.
   */
  cache?: LintCache;
  /** Time bounds for the parse and each check (see deadline.ts); without them nothing is timed. */
  bounds?: Bounds;
  /** Last year's report (text and kind): the history/* checks compare this one with it. */
  previous?: { text: string; kind: DocumentKind };
  /** The draft's file name without folder or extension (see ReportModel.name). */
  name?: string;
}

export interface LintResult {
  model: ReportModel;
  findings: Finding[];
  failures: CheckFailure[];
}

export function lint(text: string, opts: LintOptions): LintResult {
  const model = buildModel(text, opts.kind, opts.config, opts.segmenter, opts.cache, opts.bounds);
  if (opts.name) model.name = opts.name;
  if (opts.previous) model.previous = buildModel(opts.previous.text, opts.previous.kind, opts.config, opts.segmenter, undefined, opts.bounds);
  const { findings, failures } = runChecks(model, opts.config, opts.checks ?? CHECKS, opts.only, opts.cache, opts.bounds);
  if (opts.cache) sweepLintCache(opts.cache);
  return { model, findings, failures };
}

const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The working behind a finding, one step a line, in its rule's own words (`RuleMeta.explain`); empty when there is none. */
export function explainFinding(f: Finding): string[] {
  if (!f.data) return [];
  const meta = RULE_BY_ID.get(f.ruleId);
  if (meta?.explain) return meta.explain(f.data);
  return /^(?:numbers|metrics)\//.test(f.ruleId) ? plainFields(f.data) : [];
}
