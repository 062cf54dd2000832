// Runs every enabled check over one model, isolating failures: a check that
// throws loses only its own findings and is reported once, with its rule ids.
import type { Finding, ReportModel, Severity } from './types.js';
import type { EngineConfig } from './config.js';
import type { Check, CheckContext, RuleMeta } from './rule.js';
import { isSuppressed } from './suppress.js';
import { snapToCharBoundary } from './text.js';

export interface CheckFailure {
  check: string;
  rules: string[];
  error: string;
}

export interface RunResult {
  findings: Finding[];
  failures: CheckFailure[];
}

export function severityOf(config: EngineConfig, meta: RuleMeta): Severity | 'off' {
  return config.rules[meta.id]?.severity ?? meta.defaultSeverity;
}

export function makeContext(config: EngineConfig, metas: Map<string, RuleMeta>): CheckContext {
  return {
    config,
    options<T extends Record<string, unknown>>(ruleId: string, defaults: T): T {
      return { ...defaults, ...(config.rules[ruleId]?.options ?? {}) } as T;
    },
    enabled(ruleId: string): boolean {
      const meta = metas.get(ruleId);
      return meta ? severityOf(config, meta) !== 'off' : false;
    },
  };
}

export function runChecks(model: ReportModel, config: EngineConfig, checks: Check[], only?: Set<string>): RunResult {
  const metas = new Map<string, RuleMeta>();
  for (const c of checks) for (const r of c.rules) metas.set(r.id, r);
  const ctx = makeContext(config, metas);
  const findings: Finding[] = [];
  const failures: CheckFailure[] = [];
  const len = model.text.length;
  for (const check of checks) {
    const active = check.rules.filter((r) => ctx.enabled(r.id) && (!only || only.has(r.id)));
    if (!active.length) continue;
    let drafts;
    try {
      drafts = check.run(model, ctx);
    } catch (e) {
      failures.push({ check: check.name, rules: active.map((r) => r.id), error: e instanceof Error ? e.stack ?? e.message : String(e) });
      continue;
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
      findings.push({ ...d, ruleId: id, severity: sev, start, end });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, failures };
}
