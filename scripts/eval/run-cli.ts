// Runs the shengao CLI, exactly as a reviewer would (`shengao check --format json`), over
// copies of the documents whose SOURCE line has been blanked.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EvalDoc } from './corpus';
import type { Found } from './score';

interface CliJson {
  files: { path: string; findings: { ruleId: string; line: number; message: string }[] }[];
}

export function runCli(root: string, docs: EvalDoc[]): Map<string, Found[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shengao-eval-'));
  try {
    for (const d of docs) {
      const p = join(dir, d.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, d.text);
    }
    const out = join(dir, 'out.json');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'shengao.js'), 'check', '--no-config', '--format', 'json', '-o', out, 'eval'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`shengao check 以 ${r.status} 退出：${r.stderr}`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as CliJson;
    const byPath = new Map<string, Found[]>();
    for (const f of json.files) byPath.set(f.path.split('\\').join('/'), f.findings.map((x) => ({ rule: x.ruleId, line: x.line, message: x.message })));
    for (const d of docs) if (!byPath.has(d.path)) throw new Error(`shengao 没有检查 ${d.path}`);
    return byPath;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
