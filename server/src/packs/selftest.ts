// Packs that test themselves: each `examples[]` entry is a short draft with the
// rule ids it must produce (`expect`, repeat an id to require it that many times)
// and must not produce (`forbid`).
import { lint, type Finding } from '../engine/index.js';
import type { Segmenter } from '../engine/index.js';
import type { LoadedPack, PackExample } from './loader.js';

export interface ExampleResult {
  example: PackExample;
  ok: boolean;
  /** What went wrong, in Chinese, one line each. */
  problems: string[];
  findings: Finding[];
}

function count(ids: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

export function runPackExamples(pack: LoadedPack, segmenter?: Segmenter): ExampleResult[] {
  return pack.examples.map((example) => {
    const kind = example.format ?? 'text';
    const previous = example.previous === undefined ? undefined : { text: example.previous, kind };
    const { findings } = lint(example.text, { kind, config: pack.config, segmenter, previous });
    const got = count(findings.map((f) => f.ruleId));
    const problems: string[] = [];
    for (const [id, n] of count(example.expect ?? [])) {
      const have = got.get(id) ?? 0;
      if (have < n) problems.push(`应报 ${id} ${n} 处，实际 ${have} 处`);
    }
    for (const id of example.forbid ?? []) {
      const have = got.get(id) ?? 0;
      if (have > 0)
        problems.push(
          `不应报 ${id}，实际报了 ${have} 处：${findings
            .filter((f) => f.ruleId === id)
            .map((f) => f.message)
            .join('；')}`,
        );
    }
    return { example, ok: problems.length === 0, problems, findings };
  });
}
