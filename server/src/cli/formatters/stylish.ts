// The human format: findings grouped per file, aligned columns, a summary line.
import type { Severity } from '../../engine/index.js';
import type { CheckRun } from '../../project/check-files.js';
import { countRun, region, wordPlace, type FormatOptions } from './common.js';

const ESC = '\u001b[';
type Paint = (s: string) => string;
const paint = (on: boolean, open: number, close: number): Paint => (on ? (s) => `${ESC}${open}m${s}${ESC}${close}m` : (s) => s);

/** Display width in a terminal: CJK and full-width characters take two cells. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (c < 0x20 || (c >= 0x300 && c <= 0x36f) || c === 0x200b || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1f64f) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : /(s|x|ch|sh)$/.test(word) ? 'es' : 's'}`;
}

export function formatStylish(run: CheckRun, opts: FormatOptions & { dryRun?: boolean }): string {
  const red = paint(opts.color, 31, 39);
  const yellow = paint(opts.color, 33, 39);
  const blue = paint(opts.color, 34, 39);
  const dim = paint(opts.color, 2, 22);
  const bold = paint(opts.color, 1, 22);
  const underline = paint(opts.color, 4, 24);
  const green = paint(opts.color, 32, 39);
  const sevPaint: Record<Severity, Paint> = { error: red, warning: yellow, info: blue, hint: dim };

  const out: string[] = [];
  for (const f of run.files) {
    if (!f.findings.length) continue;
    const rows = f.findings.map((x) => {
      const r = region(f.lines, x);
      const place = wordPlace(f, x.start);
      return {
        pos: `${r.line}:${r.column}`,
        sev: x.severity,
        msg: x.message.replace(/\s*\n\s*/g, ' '),
        id: x.ruleId,
        place: place && `Word ${place.label}：“${place.quote}”`,
      };
    });
    const wPos = Math.max(...rows.map((r) => r.pos.length));
    const wSev = Math.max(...rows.map((r) => r.sev.length));
    // Each message's width measured once (for the column and for its padding).
    const msgWidths = rows.map((r) => displayWidth(r.msg));
    const wMsg = Math.max(...msgWidths);
    out.push('', underline(f.path) + (f.docx ? dim('（Word 文档：行:列 指提取出的文字，另注明 Word 中的段落）') : ''));
    rows.forEach((r, k) => {
      const pos = ' '.repeat(wPos - r.pos.length) + r.pos;
      // (trimEnd drops exactly what /\s+$/ matches, without the regex retrying inside every run of padding.)
      out.push(`  ${dim(pos)}  ${sevPaint[r.sev](pad(r.sev, wSev))}  ${r.msg + ' '.repeat(Math.max(0, wMsg - msgWidths[k]))}  ${dim(r.id)}`.trimEnd());
      if (r.place) out.push(`  ${' '.repeat(wPos + wSev + 4)}${dim(r.place)}`);
    });
  }
  const c = countRun(run);
  const total = c.errors + c.warnings + c.infos;
  const fixedTotal = run.files.reduce((n, f) => n + f.fixed, 0);
  // Files that could not be read were not checked: the summary never reads as if they were clean.
  const unchecked = run.skipped.filter((s) => s.reason !== 'unwritable').length;
  const uncheckedLine = `⚠ 另有 ${unchecked} 个文件未能检查，原因见上方提示 (${plural(unchecked, 'file')} not checked)`;
  if (total) {
    const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
    if (c.infos) parts.push(plural(c.infos, 'info'));
    const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
    out.push('', bold((c.errors ? red : yellow)(line)));
    if (c.fixable) out.push(`  其中 ${c.fixable} 个可用 --fix 自动修复 (${c.fixable} fixable with --fix)`);
    if (unchecked) out.push(yellow(uncheckedLine));
  } else if (unchecked) {
    out.push(yellow(`检查了 ${c.files} 个文件，没有发现问题 (no problems in ${plural(c.files, 'file')})`), yellow(uncheckedLine));
  } else if (!run.configProblems.length && !run.unmatched.length && !run.files.some((f) => f.failures.length)) {
    // With a broken config, a missing path or a check that failed, "no problems" would mislead: stderr says what went wrong.
    out.push(green(`✔ 检查了 ${c.files} 个文件，没有发现问题 (no problems in ${plural(c.files, 'file')})`));
  }
  if (fixedTotal && opts.dryRun) out.push(`  --fix 会修复 ${fixedTotal} 处（见上方 diff；未改动文件）(${plural(fixedTotal, 'fix')} not applied: dry run)`);
  else if (fixedTotal) out.push(`  已自动修复 ${fixedTotal} 处 (${plural(fixedTotal, 'fix')} applied)`);
  const text = out.join('\n').replace(/^\n/, '');
  return text ? text + '\n' : '';
}
