// Shared pieces of the benchmarks: statistics, the in-process engine-vs-parse
// measurement, and the prh dictionary generated from the built-in term list.
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint, type DocumentKind } from '../server/src/engine/index';
import type { EngineConfig, TermSpec } from '../server/src/engine/config';
import type { Segmenter } from '../server/src/engine/segmenter';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';

/** The repository (bench code also runs bundled from elsewhere: SHENGAO_BENCH_ROOT points back here). */
export const ROOT = process.env.SHENGAO_BENCH_ROOT || join(__dirname, '..');
/** The pack the CLI uses when a folder has no .shengao.yaml. */
export const DEFAULT_PACK = 'work-summary';

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Least-squares slope of log(y) over log(x): 1 is linear growth. */
export function growthExponent(points: { x: number; y: number }[]): number {
  const pts = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }));
  if (pts.length < 2) return NaN;
  const mx = pts.reduce((a, p) => a + p.x, 0) / pts.length;
  const my = pts.reduce((a, p) => a + p.y, 0) / pts.length;
  const num = pts.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const den = pts.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return num / den;
}

export interface EngineSetup {
  config: EngineConfig;
  segmenter: Segmenter;
}

/** The default pack and the default segmenter, exactly as the CLI loads them. */
export function engineSetup(pack = DEFAULT_PACK): EngineSetup {
  const host = nodeHost({ builtinDir: join(ROOT, 'rules') });
  return { config: loadPack(pack, ROOT, host).config, segmenter: loadSegmenter() };
}

export function bareParse(text: string): unknown {
  return unified().use(remarkParse).parse(text);
}

export interface EngineSample {
  chars: number;
  parseMs: number[];
  engineMs: number[];
  findings: number;
  byRule: Record<string, number>;
  failures: string[];
}

/**
 * Bare unified+remark-parse vs a full `lint` of the same text, interleaved in
 * one process so both see the same machine load. Every engine run builds a new
 * model (nothing is reused between runs).
 */
export function measureEngine(text: string, setup: EngineSetup, runs: number, warmup: number, kind: DocumentKind = 'markdown'): EngineSample {
  const run = () => lint(text, { kind, config: setup.config, segmenter: setup.segmenter });
  for (let i = 0; i < warmup; i++) {
    bareParse(text);
    run();
  }
  const parseMs: number[] = [];
  const engineMs: number[] = [];
  let last = run();
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither side always runs on a freshly collected heap.
    const order = i % 2 ? ['engine', 'parse'] : ['parse', 'engine'];
    for (const what of order) {
      const t0 = performance.now();
      if (what === 'parse') bareParse(text);
      else last = run();
      const dt = performance.now() - t0;
      (what === 'parse' ? parseMs : engineMs).push(dt);
    }
  }
  const byRule: Record<string, number> = {};
  for (const f of last.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return {
    chars: text.length,
    parseMs,
    engineMs,
    findings: last.findings.length,
    byRule,
    failures: last.failures.map((f) => `${f.check}: ${f.error.split('\n')[0]}`),
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A prh dictionary equivalent to a term list: one rule per term, each avoided
 * form a pattern; context conditions become lookarounds so prh flags the same
 * places terms/preferred does.
 */
export function prhYaml(terms: TermSpec[]): string {
  const q = (s: string) => JSON.stringify(s);
  const out = ['version: 1', 'rules:'];
  for (const t of terms) {
    const avoid = t.avoid.filter(Boolean);
    if (!avoid.length) continue;
    const ctx = [t.precededBy ? `(?<=${t.precededBy})` : '', t.notPrecededBy ? `(?<!${t.notPrecededBy})` : ''].join('');
    const after = [t.followedBy ? `(?=${t.followedBy})` : '', t.notFollowedBy ? `(?!${t.notFollowedBy})` : ''].join('');
    out.push(`  - expected: ${q(t.prefer)}`);
    out.push('    patterns:');
    for (const a of avoid) out.push(`      - ${q(ctx || after ? `/${ctx}${escapeRe(a)}${after}/` : a)}`);
  }
  return out.join('\n') + '\n';
}
