// Fixture harness for the numbers/metrics checks: loads test/fixtures/numbers/*.yaml,
// lints every case with the default pack and compares the findings of the tracked
// rules with the expected ones (rule id + flagged source text).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentKind } from '../server/src/engine/index';
import { check, ROOT } from './helpers';
import type { RuleScore } from '../scripts/eval/score';

export const TRACKED = ['numbers/sum', 'numbers/count', 'numbers/conflict', 'numbers/percent', 'metrics/missing', 'metrics/vague', 'text/placeholder'];

export interface Expectation {
  rule: string;
  /** The flagged source text; omitted = any span. */
  text?: string;
}

export interface FixtureCase {
  file: string;
  name: string;
  text: string;
  kind: DocumentKind;
  pack?: string;
  expect: Expectation[];
}

export interface CaseResult {
  fixture: FixtureCase;
  found: { rule: string; text: string; message: string }[];
  matched: Expectation[];
  missed: Expectation[];
  extra: { rule: string; text: string; message: string }[];
}

export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'numbers');

export function loadFixtures(dir = FIXTURE_DIR): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const list = parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(list)) throw new Error(`${file}: 应为用例列表`);
    for (const raw of list as Record<string, unknown>[]) {
      if (typeof raw.name !== 'string' || typeof raw.text !== 'string') throw new Error(`${file}: 每条用例需要 name 和 text`);
      const expect = Array.isArray(raw.expect)
        ? (raw.expect as Record<string, unknown>[]).map((e) => ({ rule: String(e.rule), text: e.text === undefined ? undefined : String(e.text) }))
        : [];
      for (const e of expect) if (!TRACKED.includes(e.rule)) throw new Error(`${file} / ${raw.name}: 未知规则 ${e.rule}`);
      out.push({
        file,
        name: raw.name,
        text: raw.text,
        kind: raw.kind === 'markdown' ? 'markdown' : 'text',
        pack: typeof raw.pack === 'string' ? raw.pack : undefined,
        expect,
      });
    }
  }
  return out;
}

export function runCase(c: FixtureCase): CaseResult {
  const r = check(c.text, { kind: c.kind, pack: c.pack });
  if (r.failures.length) throw new Error(`${c.name}: ${r.failures.map((f) => f.error).join('\n')}`);
  const found = r.findings.filter((f) => TRACKED.includes(f.ruleId)).map((f) => ({ rule: f.ruleId, text: c.text.slice(f.start, f.end), message: f.message }));
  const left = [...found];
  const matched: Expectation[] = [];
  const missed: Expectation[] = [];
  for (const e of c.expect) {
    const i = left.findIndex((f) => f.rule === e.rule && (e.text === undefined || f.text === e.text));
    if (i >= 0) {
      matched.push(e);
      left.splice(i, 1);
    } else missed.push(e);
  }
  return { fixture: c, found, matched, missed, extra: left };
}

/** A rule's counts over the fixtures, with how many cases expect it and how many do not. */
export interface Score extends RuleScore {
  positives: number;
  negatives: number;
}

/** Precision and recall per rule; a case is a positive for a rule when it expects a finding of it. */
export function score(results: CaseResult[]): Score[] {
  return TRACKED.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let positives = 0;
    let negatives = 0;
    for (const r of results) {
      tp += r.matched.filter((e) => e.rule === rule).length;
      fn += r.missed.filter((e) => e.rule === rule).length;
      fp += r.extra.filter((e) => e.rule === rule).length;
      if (r.fixture.expect.some((e) => e.rule === rule)) positives++;
      else negatives++;
    }
    return { rule, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, positives, negatives };
  });
}
