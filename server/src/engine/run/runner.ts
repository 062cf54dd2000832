// Runs every enabled check over one model, isolating failures: a check that
// throws loses only its own findings and is reported once, with its rule ids.
import type { Block, Draft, Finding, ReportModel, Severity } from '../types.js';
import { RunMemo, sameLayout, shiftDraft, type LintCache } from './cache.js';
import type { EngineConfig } from '../config.js';
import type { Check, CheckContext, RuleMeta } from '../rule.js';
import { isSuppressed } from '../reader/suppress.js';
import { snapToCharBoundary } from '../text/positions.js';
import { DeadlineExceeded, type Bounds } from './deadline.js';

export interface CheckFailure {
  check: string;
  rules: string[];
  error: string;
  /** The check ran out of time (rather than throwing). */
  timeout?: boolean;
}

export interface RunResult {
  findings: Finding[];
  failures: CheckFailure[];
}

/**
 * Findings on the same span, ordered by rule id in plain code-unit order. (An Intl.Collator made
 * at load time for localeCompare's order cost every process ~20 ms of ICU set-up — a tenth of
 * a one-draft `shengao check` — to order two rule ids; rule ids are lowercase ASCII letters,
 * digits, '-' and '/', whose order in the root collation (en, zh and nearly every locale) is
 * exactly their code units'. The order no longer depends on the user's locale.)
 */
const byRuleId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function severityOf(config: EngineConfig, meta: RuleMeta): Severity | 'off' {
  return config.rules[meta.id]?.severity ?? meta.defaultSeverity;
}

/** A block's slot in LintCache.blockFindings, found once per run for all the checks (see makeContext). */
type Slots = Map<Block, Map<string, { block: Block; drafts: Draft[] } | { value: unknown }>>;

export function makeContext(
  config: EngineConfig,
  metas: Map<string, RuleMeta>,
  checkName = '',
  cache?: LintCache,
  model?: ReportModel,
  slots: Slots = new Map(),
): CheckContext {
  // Keyed by the block's text itself (its string keeps its hash from run to run), then by
  // block kind inside: a heading and a paragraph with the same words are different blocks.
  // Each check asks for each block's slot: looked up by the text once per run, then by the
  // block object (a text key is compared character by character with the stored one: for a
  // 100k draft and a dozen checks, ~4 ms of every edit in the editor).
  const slotOf = (block: Block) => {
    if (!cache) return undefined;
    let byText = slots.get(block);
    if (byText) return byText;
    byText = cache.blockFindings.get(block.text);
    if (!byText) cache.blockFindings.set(block.text, (byText = new Map()));
    slots.set(block, byText);
    return byText;
  };
  // Slot keys made once per kind and name: a key built anew for every block is a new
  // string that the slot's Map must hash again (a few ms per run on a 100k draft).
  const keys = new Map<string, Map<string, string>>();
  const keyOf = (kind: string, name = ''): string => {
    let byKind = keys.get(name);
    if (!byKind) keys.set(name, (byKind = new Map()));
    let key = byKind.get(kind);
    if (key === undefined) byKind.set(kind, (key = name ? `${kind}:${checkName}/${name}` : `${kind}:${checkName}`));
    return key;
  };
  return {
    config,
    options<T extends Record<string, unknown>>(ruleId: string, defaults: T): T {
      return { ...defaults, ...(config.rules[ruleId]?.options ?? {}) } as T;
    },
    ruleIds(): readonly string[] {
      return [...metas.keys()];
    },
    enabled(ruleId: string): boolean {
      const meta = metas.get(ruleId);
      return meta ? severityOf(config, meta) !== 'off' : false;
    },
    inBlock(block: Block, compute: () => Draft[]): Draft[] {
      const slot = slotOf(block);
      if (!slot) return compute();
      const key = keyOf(block.kind);
      const hit = slot.get(key);
      if (hit && 'drafts' in hit && sameLayout(hit.block, block)) {
        const delta = block.start - hit.block.start;
        return delta ? hit.drafts.map((d) => shiftDraft(d, delta)) : hit.drafts;
      }
      const drafts = compute();
      slot.set(key, { block, drafts });
      return drafts;
    },
    perBlock<T>(block: Block, name: string, compute: () => T): T {
      const slot = slotOf(block);
      if (!slot) return compute();
      const key = keyOf(block.kind, name);
      const hit = slot.get(key);
      if (hit && 'value' in hit) return hit.value as T;
      const value = compute();
      slot.set(key, { value });
      return value;
    },
    shared<T>(key: string, build: () => T): T {
      return model ? model.shared(key, build) : build();
    },
  };
}

export function runChecks(model: ReportModel, config: EngineConfig, checks: Check[], only?: Set<string>, cache?: LintCache, bounds?: Bounds): RunResult {
  const metas = new Map<string, RuleMeta>();
  for (const c of checks) for (const r of c.rules) metas.set(r.id, r);
  if (cache && cache.config !== config) {
    cache.blockFindings = new RunMemo();
    cache.config = config;
  }
  const findings: Finding[] = [];
  const failures: CheckFailure[] = [];
  const len = model.text.length;
  const slots: Slots = new Map();
  // Checks run in order; with a deadline, as many as fit in one timed call (one call per run,
  // not per check: a timed call costs ~0.1 ms). The check running when time is up is reported
  // as failed and the rest go on in a fresh call.
  let next = 0;
  const clock = bounds?.clock;
  const runStart = clock?.() ?? 0;
  let checkStart = runStart;
  const total = bounds?.budgets.totalMs;
  const overTotal = () => clock !== undefined && total !== undefined && clock() - runStart >= total;
  const runFrom = (): void => {
    for (; next < checks.length; next++) {
      if (overTotal()) return;
      if (clock) checkStart = clock();
      runOne(checks[next]);
    }
  };
  const activeRules = (check: Check) => check.rules.filter((r) => severityOf(config, r) !== 'off' && (!only || only.has(r.id))).map((r) => r.id);
  while (next < checks.length) {
    if (!bounds) {
      runFrom();
      break;
    }
    if (overTotal()) {
      // The run as a whole is out of time: the checks not yet run are named, not silently dropped.
      for (; next < checks.length; next++) {
        const rules = activeRules(checks[next]);
        if (rules.length)
          failures.push({
            check: checks[next].name,
            rules,
            error: `未运行：本次检查已超过总时限 ${((total ?? 0) / 1000).toLocaleString('en-US')} 秒`,
            timeout: true,
          });
      }
      break;
    }
    try {
      bounds.deadline(runFrom, bounds.budgets.checkMs);
    } catch (e) {
      if (!(e instanceof DeadlineExceeded)) throw e;
      // A cache half-written when time ran out is dropped, not trusted.
      if (cache) cache.blockFindings = new RunMemo();
      slots.clear();
      // The check running when the call's time ran out used only part of it: not its fault, run it again.
      if (clock && clock() - checkStart < e.ms * 0.9) continue;
      const check = checks[next];
      failures.push({
        check: check.name,
        rules: activeRules(check),
        error: `超过 ${(e.ms / 1000).toLocaleString('en-US')} 秒仍未完成，已中止（文稿中可能有异常的长段落或重复字符）`,
        timeout: true,
      });
      next++;
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || byRuleId(a.ruleId, b.ruleId));
  return { findings, failures };

  function runOne(check: Check): void {
    const ctx = makeContext(config, metas, check.name, cache, model, slots);
    const active = check.rules.filter((r) => ctx.enabled(r.id) && (!only || only.has(r.id)));
    if (!active.length) return;
    let drafts;
    try {
      drafts = check.run(model, ctx);
    } catch (e) {
      if (e instanceof DeadlineExceeded) throw e;
      failures.push({ check: check.name, rules: active.map((r) => r.id), error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return;
    }
    for (const d of drafts) {
      const id = d.ruleId ?? check.rules[0].id;
      const meta = metas.get(id);
      if (!meta || !active.includes(meta)) continue;
      if (isSuppressed(model.suppressions, id, d.start)) continue;
      const sev = severityOf(config, meta);
      if (sev === 'off') continue;
      const start = snapToCharBoundary(model.text, Math.max(0, Math.min(d.start, len)));
      const end = Math.max(start, snapToCharBoundary(model.text, Math.max(0, Math.min(d.end, len))));
      // Built field by field: spreading drafts of a dozen shapes is V8's slow path.
      const f: Finding = { start, end, ruleId: id, severity: sev, message: d.message };
      if (d.fix) f.fix = d.fix;
      if (d.related) f.related = d.related;
      if (d.data) f.data = d.data;
      findings.push(f);
    }
  }
}
