// `shengao figures`: the figure ledger (engine/ledger.ts) of each draft as a table for the
// terminal, CSV for a spreadsheet, or JSON. Formatting only: the rows come from the engine.
import { ledgerValueText, type LedgerRow, type LedgerVerdict } from '../../engine/index.js';
import type { CheckRun } from '../../project/check-files.js';
import { TOOL } from './common.js';

export type FiguresFormat = 'table' | 'csv' | 'json';
export const FIGURES_FORMATS: FiguresFormat[] = ['table', 'csv', 'json'];
export const FIGURES_JSON_VERSION = 1;

export const VERDICT_ZH: Record<LedgerVerdict, string> = { ok: '相符', mismatch: '不符', open: '未定' };

/** 「numbers/sum 相符；numbers/conflict 不符」 */
export function checksText(r: LedgerRow): string {
  return r.checks.map((c) => `${c.rule} ${VERDICT_ZH[c.verdict]}`).join('；');
}

const HEADER = ['文件', '行', '列', '指标', '原文', '数值', '单位', '约数', '期间/口径', '所在部分', '核对', '核对说明'];

function cells(path: string, r: LedgerRow): string[] {
  return [
    path,
    String(r.line),
    String(r.column),
    r.indicator,
    r.raw,
    ledgerValueText(r),
    r.unit,
    r.approx ?? '',
    r.period ?? '',
    r.section ?? '',
    checksText(r),
    r.checks.map((c) => c.note).join('；'),
  ];
}

function csvCell(s: string): string {
  // A leading = + - @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatFiguresCsv(run: CheckRun): string {
  const lines = [HEADER.map(csvCell).join(',')];
  for (const f of run.files) for (const r of f.model.ledger ?? []) lines.push(cells(f.path, r).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function formatFiguresJson(run: CheckRun): string {
  return `${JSON.stringify(
    {
      version: FIGURES_JSON_VERSION,
      tool: { name: TOOL.name, version: TOOL.version },
      files: run.files.map((f) => ({ path: f.path, pack: f.pack, figures: f.model.ledger ?? null })),
    },
    null,
    2,
  )}\n`;
}

/** Columns of a terminal: CJK and full-width characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function clip(s: string, w: number): string {
  if (width(s) <= w) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > w - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function formatFiguresTable(run: CheckRun): string {
  const out: string[] = [];
  let total = 0;
  let bad = 0;
  for (const f of run.files) {
    const rows = f.model.ledger;
    out.push(f.path);
    if (!rows) {
      out.push('  （数据未能读出）', '');
      continue;
    }
    if (!rows.length) {
      out.push('  （未识别出数据）', '');
      continue;
    }
    const head = ['位置', '指标', '原文', '数值', '单位', '期间/口径', '核对'];
    const body = rows.map((r) => [`${r.line}:${r.column}`, clip(r.indicator, 20), r.raw, ledgerValueText(r), r.unit, clip(r.period ?? '', 16), checksText(r)]);
    const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
    const line = (cs: string[]) => `  ${cs.map((c, i) => (i === cs.length - 1 ? c : pad(c, widths[i]))).join('  ')}`.trimEnd();
    out.push(line(head), line(widths.map((w) => '-'.repeat(w))));
    for (const b of body) out.push(line(b));
    out.push('');
    total += rows.length;
    bad += rows.filter((r) => r.checks.some((c) => c.verdict === 'mismatch')).length;
  }
  out.push(`${run.files.length} 份文稿，数据 ${total} 处，其中核对不符 ${bad} 处`);
  return `${out.join('\n')}\n`;
}

export function formatFigures(run: CheckRun, format: FiguresFormat): string {
  return format === 'csv' ? formatFiguresCsv(run) : format === 'json' ? formatFiguresJson(run) : formatFiguresTable(run);
}
