// The evaluation corpus: documents written by others (eval/real) and drafts written blind
// (eval/blind), each with its reviewer's annotation written before shengao was run on it.
// Line 1 of every document names its source; the checker never sees it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** Rules a reviewer's annotation may name; everything else shengao reports is not scored. */
export const SCORED_RULES = [
  'structure/missing-section',
  'structure/section-order',
  'structure/empty-section',
  'outline/sequence',
  'outline/style',
  'outline/level',
  'text/placeholder',
  'terms/preferred',
  'numbers/sum',
  'numbers/count',
  'numbers/conflict',
  'numbers/percent',
  'metrics/missing',
  'metrics/vague',
] as const;
export type ScoredRule = (typeof SCORED_RULES)[number];

/** Findings about the document as a whole: matched anywhere in the file, scored on whole documents only. */
export const DOC_LEVEL = new Set<string>(['structure/missing-section', 'structure/section-order']);

export interface Expected {
  rule: ScoredRule;
  /** 1-based line in the file (line 1 = SOURCE), or 'doc' for a document-level finding. */
  line: number | 'doc';
  why: string;
}

export interface EvalDoc {
  /** Path relative to the repository root. */
  path: string;
  set: 'real' | 'blind';
  sealed: boolean;
  /**
   * Which sealed part: 1 = `sealed/` (the first round's third, opened when that round ended),
   * 2 = `sealed2/` (written after round one's tuning, opened after it was scored at the end of round two),
   * 3 = `sealed3/` (written after that; scored, then opened, at the end of round three),
   * 4 = `sealed4/` (written during round three), 5 = `sealed5/` (written during round four), and so on.
   * A round's documents are listed only once it has been scored before opening (eval/roundN-sealed.json).
   */
  round?: Round;
  kind: 'text' | 'markdown';
  source: string;
  whole: boolean;
  genre: string;
  /** The text as the checker sees it: line 1 blanked, every other line where it was. */
  text: string;
  expected: Expected[];
}

/** The sealed rounds; round 1 lives in `sealed/`, round N in `sealedN/`. */
export const ROUNDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60] as const;
export type Round = (typeof ROUNDS)[number];
/** Round N's folder, which is also the suffix of its views' keys (`real-sealed3`) in the stored records. */
export const roundDir = (n: Round): string => (n === 1 ? 'sealed' : `sealed${n}`);

/** A round's number in Chinese numerals (九, 十, 十一), for the report's headings. */
export function roundNumeral(n: number): string {
  const d = '一二三四五六七八九';
  if (n < 10) return d[n - 1];
  return (n >= 20 ? d[Math.floor(n / 10) - 1] : '') + '十' + (n % 10 ? d[(n % 10) - 1] : '');
}

const SOURCE_LINE = /^SOURCE:\s*(.+?)\s*\|\s*(whole|cut)\s*$/;

export class CorpusError extends Error {}

/** `partial`: skip documents whose annotation is not written yet (while a set is being built). */
export function loadSet(root: string, set: 'real' | 'blind', partial = false): EvalDoc[] {
  const dir = join(root, 'eval', set);
  const docs: EvalDoc[] = [];
  const parts: [string, boolean, Round | undefined][] = [['', false, undefined], ...ROUNDS.map((n): [string, boolean, Round] => [roundDir(n), true, n])];
  for (const [sub, sealed, round] of parts) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      if (!/\.(txt|md)$/.test(f)) continue;
      if (partial && !existsSync(join(d, f).replace(/\.(txt|md)$/, '.expect.yaml'))) continue;
      try {
        docs.push({ ...loadDoc(root, join(d, f), set, sealed), ...(round ? { round } : {}) });
      } catch (e) {
        if (!partial) throw e;
      }
    }
  }
  return docs;
}

function loadDoc(root: string, file: string, set: 'real' | 'blind', sealed: boolean): EvalDoc {
  const rel = file.slice(root.length + 1);
  const raw = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const nl = raw.indexOf('\n');
  const first = nl < 0 ? raw : raw.slice(0, nl);
  const m = SOURCE_LINE.exec(first);
  if (!m) throw new CorpusError(`${rel}:1: 第一行应为 “SOURCE: 来源 | whole|cut”`);
  const annFile = file.replace(/\.(txt|md)$/, '.expect.yaml');
  if (!existsSync(annFile)) throw new CorpusError(`${rel}: 缺少标注文件 ${basename(annFile)}`);
  const ann = (parse(readFileSync(annFile, 'utf8')) ?? {}) as { genre?: unknown; findings?: unknown };
  const lines = raw.split('\n').length;
  const expected: Expected[] = [];
  for (const [i, e] of (Array.isArray(ann.findings) ? ann.findings : []).entries()) {
    const where = `${basename(annFile)} findings[${i}]`;
    const rule = String((e as Record<string, unknown>)?.rule);
    if (!(SCORED_RULES as readonly string[]).includes(rule)) throw new CorpusError(`${where}: 未知规则 ${rule}`);
    const l = (e as Record<string, unknown>).line;
    const line = l === 'doc' || DOC_LEVEL.has(rule) ? 'doc' : Number(l);
    if (line !== 'doc' && !(Number.isInteger(line) && line >= 2 && line <= lines)) throw new CorpusError(`${where}: 行号 ${String(l)} 不在 2..${lines} 之内`);
    expected.push({ rule: rule as ScoredRule, line, why: String((e as Record<string, unknown>).why ?? '') });
  }
  return {
    path: rel,
    set,
    sealed,
    kind: file.endsWith('.md') ? 'markdown' : 'text',
    source: m[1],
    whole: m[2] === 'whole',
    genre: typeof ann.genre === 'string' ? ann.genre : '其他',
    text: raw.slice(first.length),
    expected,
  };
}
