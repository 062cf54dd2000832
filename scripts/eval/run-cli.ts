// Runs the shengao CLI, exactly as a reviewer would (`shengao check --format json`), over
// copies of the documents without their SOURCE line: the copy starts with the document's own first line, as the
// author's file did (front matter is front matter only on line 1), and its findings move down one line to match
// the annotations, which count the SOURCE line as line 1.
//
// The CLI reads a draft's file name (a draft titled only by its name, 2023年终总结.md, is still a
// summary), so each copy is named as honestly as its source allows: a file from a repository keeps
// its own name (工作总结.docx → 工作总结.txt); a web page or a blind draft had no file name of its
// own — ours were made up from its text — so it is checked as `draft`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EvalDoc } from './corpus';
import type { Found } from './score';

interface CliJson {
  files: { path: string; findings: { ruleId: string; line: number; message: string }[] }[];
}

/** eval/real/sealed10/r1401-2023年终总结.md from github:…/2023年终总结.md → eval/real/sealed10/r1401/2023年终总结.md */
export function copyPath(d: Pick<EvalDoc, 'path' | 'source'>): string {
  const slash = d.path.lastIndexOf('/');
  const dir = d.path.slice(0, slash);
  const file = d.path.slice(slash + 1);
  const ext = /\.[^.]*$/.exec(file)?.[0] ?? '';
  const id = /^[a-z]?[0-9]+/.exec(file)?.[0] ?? file.replace(/\.[^.]*$/, '');
  const repoFile = /^github:[^/]+\/[^/]+\/(?:.*\/)?([^/@]+?)(?:\.[^./@]*)?@/.exec(d.source)?.[1];
  return `${dir}/${id}/${repoFile ?? 'draft'}${ext}`;
}

export function runCli(root: string, docs: EvalDoc[]): Map<string, Found[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-eval-'));
  try {
    const copyOf = new Map<string, string>();
    for (const d of docs) {
      const rel = copyPath(d);
      copyOf.set(rel, d.path);
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, d.text.replace(/^\n/, ''));
    }
    const out = join(dir, 'out.json');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'shengao.js'), 'check', '--no-config', '--format', 'json', '-o', out, 'eval'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`shengao check 以 ${r.status} 退出：${r.stderr}`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as CliJson;
    const byPath = new Map<string, Found[]>();
    for (const f of json.files) byPath.set(copyOf.get(f.path.split('\\').join('/')) ?? f.path, f.findings.map((x) => ({ rule: x.ruleId, line: x.line + 1, message: x.message })));
    for (const d of docs) if (!byPath.has(d.path)) throw new Error(`shengao 没有检查 ${d.path}`);
    return byPath;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
