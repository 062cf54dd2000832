// Helpers for the numbers/metrics tests: lint with the default pack, optionally
// overriding one rule's options or severity the way a project .shengao.yaml would.
import { lint, type Finding } from '../server/src/engine/index';
import type { EngineConfig, RuleSetting } from '../server/src/engine/config';
import { loadSegmenter } from '../server/src/segmenters/index';
import { pack } from './helpers';

export function run(
  text: string,
  rule: string,
  opts: { kind?: 'text' | 'markdown'; setting?: Partial<RuleSetting>; config?: (c: EngineConfig) => EngineConfig } = {},
): Finding[] {
  let config = pack('work-summary').config;
  if (opts.setting) {
    const base = config.rules[rule] ?? { severity: 'warning', options: {} };
    config = {
      ...config,
      rules: { ...config.rules, [rule]: { severity: opts.setting.severity ?? base.severity, options: { ...base.options, ...(opts.setting.options ?? {}) } } },
    };
  }
  if (opts.config) config = opts.config(config);
  const r = lint(text, { kind: opts.kind ?? 'text', config, segmenter: loadSegmenter(), only: new Set([rule]) });
  if (r.failures.length) throw new Error(r.failures.map((f) => f.error).join('\n'));
  return r.findings.filter((f) => f.ruleId === rule);
}

export function flagged(text: string, f: { start: number; end: number }): string {
  return text.slice(f.start, f.end);
}
