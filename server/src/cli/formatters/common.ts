// What every report format shares: 1-based positions in code points, counts,
// and the tool's identity.
import type { Finding, Severity, Span } from '../../engine/index.js';
import type { LineIndex } from '../../engine/index.js';
import type { CheckRun, FileResult } from '../../project/check-files.js';
import { spanAt } from '../../docx/index.js';
import pkg from '../../../../package.json';

export const TOOL: { name: string; version: string; informationUri?: string } = {
  name: 'shengao',
  version: (pkg as { version: string }).version,
};
// Only an address the project really publishes (homepage or repository); none is guessed.
{
  const p = pkg as { homepage?: string; repository?: { url?: string } };
  const uri = p.homepage ?? p.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');
  if (uri && /^https?:/.test(uri)) TOOL.informationUri = uri;
}

export interface Region {
  line: number;
  column: number;
  endLine: number;
  /** Exclusive: the column just after the last character. */
  endColumn: number;
}

export function region(lines: LineIndex, span: Span): Region {
  const a = lines.lineColumn(span.start);
  const b = lines.lineColumn(span.end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export interface Counts {
  errors: number;
  warnings: number;
  /** info and hint. */
  infos: number;
  /** Findings with a safe fix. */
  fixable: number;
  files: number;
}

export function countFindings(findings: Iterable<Finding>): Omit<Counts, 'files'> {
  const c = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
    if (f.fix?.safe) c.fixable++;
  }
  return c;
}

export function countRun(run: CheckRun): Counts {
  return { ...countFindings(run.files.flatMap((f) => f.findings)), files: run.files.length };
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface FormatOptions {
  color: boolean;
}

/** For a Word document: the paragraph (or table row, footnote) a finding is in, and a short quote of it. */
export function wordPlace(f: FileResult, offset: number): { label: string; quote: string } | undefined {
  const span = f.docx && spanAt(f.docx.spans, offset);
  if (!span) return undefined;
  const chars = [...f.text.slice(span.start, span.end).replace(/\s+/g, ' ')];
  return { label: span.label, quote: chars.length > 16 ? chars.slice(0, 16).join('') + '…' : chars.join('') };
}
