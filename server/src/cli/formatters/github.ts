// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message`
// line per finding, which the runner turns into annotations on the pull request.
// Escaping follows the runner (toolkit/core command.ts): in the message `%`, CR and
// LF are percent-encoded; in property values `:` and `,` are too.
import type { Severity } from '../../engine/index.js';
import type { CheckRun } from '../../project/check-files.js';
import { region } from './common.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubLevel(s: Severity): 'error' | 'warning' | 'notice' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice';
}

export function formatGithub(run: CheckRun): string {
  const out: string[] = [];
  for (const f of run.files) {
    for (const x of f.findings) {
      const r = region(f.lines, x);
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty(x.ruleId)}`,
      ];
      out.push(`::${githubLevel(x.severity)} ${props.join(',')}::${escapeData(x.message)}`);
    }
  }
  for (const s of run.skipped) out.push(`::warning file=${escapeProperty(s.path)},title=shengao::${escapeData(s.message)}`);
  return out.length ? out.join('\n') + '\n' : '';
}
