// Rules the annotations do not cover (added after the corpus was annotated): their findings on
// the corpus are judged by hand, one by one, in eval/unscored-judged.yaml (ok: right by the
// rule's own standard; false: a false alarm). EVAL.md reports their precision over the judged
// findings and lists any finding not judged yet. The latest sealed round is never listed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EvalDoc } from './corpus';
import type { Found } from './score';

export const UNSCORED_RULES = ['style/numbers', 'plans/measurable'] as const;

export interface Judgement {
  path: string;
  line: number;
  rule: string;
  verdict: 'ok' | 'false';
  why: string;
}

export interface UnscoredRow {
  rule: string;
  findings: number;
  ok: number;
  false: number;
  unjudged: { path: string; line: number; message: string }[];
  falses: Judgement[];
}

export function loadJudgements(root: string): Judgement[] {
  const file = join(root, 'eval', 'unscored-judged.yaml');
  if (!existsSync(file)) return [];
  const data = parse(readFileSync(file, 'utf8')) as { judged?: Judgement[] } | null;
  return data?.judged ?? [];
}

/** Each unscored rule's findings on the shown documents, matched to their judgements by path, rule and line. */
export function judgeUnscored(docs: EvalDoc[], found: Map<string, Found[]>, judged: Judgement[]): UnscoredRow[] {
  return UNSCORED_RULES.map((rule) => {
    const row: UnscoredRow = { rule, findings: 0, ok: 0, false: 0, unjudged: [], falses: [] };
    for (const d of docs) {
      for (const f of found.get(d.path) ?? []) {
        if (f.rule !== rule) continue;
        row.findings++;
        const j = judged.find((x) => x.rule === rule && x.path === d.path && x.line === f.line);
        if (!j) row.unjudged.push({ path: d.path, line: f.line, message: f.message });
        else if (j.verdict === 'ok') row.ok++;
        else {
          row.false++;
          row.falses.push(j);
        }
      }
    }
    return row;
  });
}

export function renderUnscored(rows: UnscoredRow[]): string[] {
  const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
  const out = [
    '## 未标注的新规则（逐条人工判读） Rules added after annotation, judged by hand',
    '',
    '这些规则在标注语料之后才加入，标注里没有它们；它们在语料上（不含最新一轮封存）的每条结果都逐条人工判读，记在 `eval/unscored-judged.yaml`：ok = 按该规则所依据的标准确实有问题，false = 误报。查准率 = ok ÷（ok + false）。它们不计入上面的分数；查全率无从计算（语料里没有为它们标注应查的问题）。',
    '',
    '| 规则 | 结果数 | ok | false | 未判读 | 查准率 |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| \`${r.rule}\` | ${r.findings} | ${r.ok} | ${r.false} | ${r.unjudged.length} | ${f3(r.ok / (r.ok + r.false))} |`),
    '',
    '`history/*`（今年与去年对照）只在给出去年的总结时运行，度量见下文“今年与去年对照”。',
    '',
  ];
  const falses = rows.flatMap((r) => r.falses.map((j) => `- \`${j.rule}\` 误报 ${j.path}:${j.line}: ${j.why}`));
  const pending = rows.flatMap((r) => r.unjudged.map((u) => `- \`${r.rule}\` 未判读 ${u.path}:${u.line}: ${u.message}`));
  if (falses.length) out.push(...falses, '');
  if (pending.length) out.push(...pending, '');
  return out;
}
