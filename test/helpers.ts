// Shared test helpers: lint a string with a built-in pack, the way the CLI does.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackError } from '../server/src/packs/errors';
import { lint, type DocumentKind, type Finding, type LintResult } from '../server/src/engine/index';
import { loadPack, type LoadedPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';
import { cli } from '../server/src/cli/cli';

export const ROOT = join(__dirname, '..');

/**
 * Runs `script` in a fresh node process (it may require the TypeScript sources) and
 * returns its last line of output, parsed as JSON: for measurements that must not see
 * what other tests left in this process's heap.
 */
export function runFreshNode<T>(script: string, opts: { exposeGc?: boolean; args?: string[] } = {}): T {
  const r = spawnSync(process.execPath, [...(opts.exposeGc ? ['--expose-gc'] : []), '-r', 'tsx/cjs', '-e', script, ...(opts.args ?? [])], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}
export const host = nodeHost({ builtinDir: join(ROOT, 'rules') });
const packs = new Map<string, LoadedPack>();

export function pack(name = 'work-summary'): LoadedPack {
  let p = packs.get(name);
  if (!p) packs.set(name, (p = loadPack(name, ROOT, host)));
  return p;
}

export function check(text: string, opts: { kind?: DocumentKind; pack?: string; only?: string[]; previous?: string; name?: string } = {}): LintResult {
  return lint(text, {
    name: opts.name,
    previous: opts.previous === undefined ? undefined : { text: opts.previous, kind: opts.kind ?? 'text' },
    kind: opts.kind ?? 'text',
    config: pack(opts.pack).config,
    segmenter: loadSegmenter(),
    only: opts.only ? new Set(opts.only) : undefined,
  });
}

/** The text each finding of `rule` covers, in order: what a test of one rule asserts. */
export function hits(text: string, rule: string, kind: 'text' | 'markdown' = 'text'): string[] {
  return check(text, { kind, only: [rule] }).findings.map((f) => text.slice(f.start, f.end));
}

export function ids(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

export function byRule(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.ruleId === id);
}

/** A temporary project folder holding `files` (paths relative to it). */
export function project(files: Record<string, string>, prefix = 'shengao-pack-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, body] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, body);
  }
  return dir;
}

/** The PackError `fn` throws (any other outcome fails the test). */
export function packError(fn: () => unknown): PackError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PackError) return e;
    throw e;
  }
  assert.fail('expected a PackError');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process in `cwd` with an empty environment, capturing what it prints. */
export async function callCli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, {
    cwd,
    env: {},
    stdout: { write: (x: string) => (stdout += x), isTTY: false },
    stderr: { write: (x: string) => (stderr += x) },
  });
  return { code, stdout, stderr };
}
