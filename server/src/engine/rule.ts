// What a check is: a pure function of the model and its options, plus the
// metadata of the rule ids it reports. A rule id is defined exactly once, here
// in its check's file; docs, schema, SARIF and hover all read it from there.
import type { Block, Draft, ReportModel, Severity } from './types.js';
import type { EngineConfig } from './config.js';

export interface RuleMeta {
  id: string;
  /** One line, Chinese: what the rule checks. */
  title: string;
  /** One line, English. */
  titleEn: string;
  /** Why it matters, Chinese (hover, docs). */
  rationale: string;
  /** Standard it rests on, when there is one. */
  reference?: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** JSON Schema of the rule's options (merged into rules/schema.json). */
  options?: Record<string, unknown>;
  /** A before/after pair for the docs; `previous` is last year's report, for rules that compare with it (history/*). */
  example?: { bad: string; good: string; previous?: string };
  /**
   * The working behind one finding, one step a line (the hover and the HTML report show it),
   * read from the finding's `data`, which this rule wrote: display code knows no rule's data.
   */
  explain?(data: Record<string, unknown>): string[];
}

export interface CheckContext {
  config: EngineConfig;
  /** Options of a rule, with the pack's values over the rule's defaults. */
  options<T extends Record<string, unknown>>(ruleId: string, defaults: T): T;
  /** Whether a rule is switched on in the pack. */
  enabled(ruleId: string): boolean;
  /** Every rule id the engine runs with (a disable comment naming another is a typo). */
  ruleIds(): readonly string[];
  /**
   * The findings of a check on one block when they depend on nothing but that block
   * (its kind and text) and the config. Running with a LintCache, a block unchanged since
   * the last run gets its findings from then, moved to where the block now is.
   */
  inBlock(block: Block, compute: () => Draft[]): Draft[];
  /**
   * Anything else a check works out from one block alone (kind, text, config) under
   * `name`; it must hold no source offsets (positions inside `block.text` are fine).
   * With a LintCache, an unchanged block's value is the one from the last run.
   */
  perBlock<T>(block: Block, name: string, compute: () => T): T;
  /** Worked out once per model and shared by every check (the model's own memo, `ReportModel.shared`). */
  shared<T>(key: string, build: () => T): T;
}

export interface Check {
  /** Name of the family (file), for logs. */
  name: string;
  rules: RuleMeta[];
  run(model: ReportModel, ctx: CheckContext): Draft[];
}

/** JSON Schema of a rule's options: a closed object (an unknown option is a pack error). */
export function optionsSchema(properties: Record<string, unknown>): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, properties };
}

/** JSON Schema of an option that is a list of words or phrases. */
export function stringList(description: string): Record<string, unknown> {
  return { type: 'array', items: { type: 'string', minLength: 1 }, description };
}
