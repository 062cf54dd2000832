// Shared test helpers: lint a string with a built-in pack, the way the CLI does.
import { join } from 'node:path';
import { lint, type DocumentKind, type Finding, type LintResult } from '../server/src/engine/index';
import { loadPack, type LoadedPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';

export const ROOT = join(__dirname, '..');
export const host = nodeHost({ builtinDir: join(ROOT, 'rules') });
const packs = new Map<string, LoadedPack>();

export function pack(name = 'work-summary'): LoadedPack {
  let p = packs.get(name);
  if (!p) packs.set(name, (p = loadPack(name, ROOT, host)));
  return p;
}

export function check(text: string, opts: { kind?: DocumentKind; pack?: string; only?: string[] } = {}): LintResult {
  return lint(text, {
    kind: opts.kind ?? 'text',
    config: pack(opts.pack).config,
    segmenter: loadSegmenter(),
    only: opts.only ? new Set(opts.only) : undefined,
  });
}

export function ids(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

export function byRule(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.ruleId === id);
}
