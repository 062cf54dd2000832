// Output of `shengao trace`: stylish text, JSON, and a section of the HTML report. Pure.
import type { TracePlan, TraceResult } from './trace.js';
import { escapeHtml } from '../report/html.js';
import { LineIndex } from '../engine/index.js';

export const STATUS_ZH: Record<TracePlan['status'], string> = { followed: '已落实', partial: '部分落实', unmatched: '未见落实' };

export interface TraceDocs {
  lastPath: string;
  thisPath: string;
  lastText: string;
  thisText: string;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function traceSummary(r: TraceResult): Record<TracePlan['status'], number> {
  const c = { followed: 0, partial: 0, unmatched: 0 };
  for (const p of r.plans) c[p.status]++;
  return c;
}

export function formatTraceStylish(r: TraceResult, docs: TraceDocs, color = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lastLines = new LineIndex(docs.lastText);
  const thisLines = new LineIndex(docs.thisText);
  const out: string[] = [`去年的工作打算 ${docs.lastPath} → 今年的工作情况 ${docs.thisPath}`, ''];
  for (const p of r.problems) out.push(paint('31', `  ! ${p}`));
  if (r.problems.length) out.push('');
  for (const p of r.plans) {
    const at = lastLines.lineColumn(p.start).line;
    const tag =
      p.status === 'followed'
        ? paint('32', `✓ ${STATUS_ZH[p.status]}`)
        : p.status === 'partial'
          ? paint('33', `◐ ${STATUS_ZH[p.status]}`)
          : paint('31', `✗ ${STATUS_ZH[p.status]}`);
    out.push(`${tag}  ${p.marker}${clip(p.title, 30)}  （去年第 ${at} 行，吻合度 ${pct(p.score)}）`);
    const cands = p.status === 'unmatched' ? p.candidates : p.candidates.slice(0, 1);
    if (!cands.length) out.push(`    今年的工作情况中找不到相关内容`);
    cands.forEach((c, k) => {
      const d = r.duties[c.item];
      const line = thisLines.lineColumn(c.sentence?.start ?? d.start).line;
      const lead = p.status === 'unmatched' ? `最接近 ${k + 1}` : '对应';
      out.push(`    ${lead}：${d.marker}${clip(d.title, 24)}（第 ${line} 行，${pct(c.score)}）  共有词：${c.words.slice(0, 8).join('、')}`);
      if (c.sentence) out.push(paint('2', `      “${clip(c.sentence.text, 60)}”`));
    });
  }
  const s = traceSummary(r);
  out.push(
    '',
    `${r.plans.length} 项打算：已落实 ${s.followed}，部分落实 ${s.partial}，未见落实 ${s.unmatched}（吻合度 ≥ ${pct(r.thresholds.followed)} 为已落实，≥ ${pct(r.thresholds.partial)} 为部分落实）`,
  );
  return out.join('\n') + '\n';
}

/** JSON: the result plus line numbers, without the models. */
export function formatTraceJson(r: TraceResult, docs: TraceDocs): string {
  const lastLines = new LineIndex(docs.lastText);
  const thisLines = new LineIndex(docs.thisText);
  return (
    JSON.stringify(
      {
        last: docs.lastPath,
        this: docs.thisPath,
        summary: traceSummary(r),
        thresholds: r.thresholds,
        problems: r.problems,
        plans: r.plans.map((p) => ({
          marker: p.marker,
          title: p.title,
          line: lastLines.lineColumn(p.start).line,
          start: p.start,
          end: p.end,
          status: p.status,
          score: p.score,
          keywords: p.keywords,
          candidates: p.candidates.map((c) => ({
            item: c.item,
            title: r.duties[c.item].title,
            line: thisLines.lineColumn(r.duties[c.item].start).line,
            score: c.score,
            words: c.words,
            sentence: c.sentence,
          })),
        })),
        duties: r.duties.map((d) => ({ marker: d.marker, title: d.title, line: thisLines.lineColumn(d.start).line, start: d.start, end: d.end })),
      },
      null,
      2,
    ) + '\n'
  );
}

function markWords(text: string, words: string[]): string {
  if (!words.length) return escapeHtml(text);
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += escapeHtml(text.slice(last, m.index)) + `<mark class="kw">${escapeHtml(m[0])}</mark>`;
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

export const TRACE_CSS = `
table.trace td{font-size:14px}
td.st{white-space:nowrap}
tr.st-followed td.st{color:#2e7d32;font-weight:600}
tr.st-partial td.st{color:#b26a00;font-weight:600}
tr.st-unmatched td.st{color:#c62828;font-weight:600}
tr.st-unmatched{background:#fff6f5}
mark.kw{background:#e3f2d9;padding:0 1px}
.cand{font-size:13px;color:#444;margin:2px 0}
`;

/** The trace as a section body for the HTML report (its CSS inline, in a <style> of its own). */
export function renderTraceHtml(r: TraceResult, docs: TraceDocs): string {
  const s = traceSummary(r);
  const rows = r.plans.map((p) => {
    const cands = (p.status === 'unmatched' ? p.candidates : p.candidates.slice(0, 1)).map((c) => {
      const d = r.duties[c.item];
      const body = c.sentence ? markWords(clip(c.sentence.text, 120), c.words) : '';
      return `<div class="cand">${p.status === 'unmatched' ? '最接近：' : '对应：'}<b>${escapeHtml(d.marker + clip(d.title, 30))}</b>（${pct(c.score)}） 共有词：${c.words.slice(0, 10).map(escapeHtml).join('、')}${body ? `<br>“${body}”` : ''}</div>`;
    });
    return `<tr class="st-${p.status}" data-status="${p.status}"><td class="st">${STATUS_ZH[p.status]}</td><td><b>${escapeHtml(p.marker + clip(p.title, 40))}</b><div class="cand">${markWords(clip(p.text, 140), p.candidates[0]?.words ?? [])}</div></td><td>${cands.join('') || '<span class="cand">今年的工作情况中找不到相关内容</span>'}</td><td class="n">${pct(p.score)}</td></tr>`;
  });
  return `<style>${TRACE_CSS}</style>
<p>去年：${escapeHtml(docs.lastPath)} 的“${escapeHtml(r.nextHeading?.title ?? '下步打算')}” → 今年：${escapeHtml(docs.thisPath)} 的“${escapeHtml(r.dutiesHeading?.title ?? '工作情况')}”。</p>
${r.problems.map((p) => `<p class="sev-error">${escapeHtml(p)}</p>`).join('')}
<p>${r.plans.length} 项打算：已落实 ${s.followed}，部分落实 ${s.partial}，<b>未见落实 ${s.unmatched}</b>。吻合度是去年这一项的关键词（名词、动词按权重计，去掉“加强、推进、工作”等通用词）在今年某一项中出现的比例，≥ ${pct(r.thresholds.followed)} 算已落实，≥ ${pct(r.thresholds.partial)} 算部分落实。</p>
<table class="trace"><thead><tr><th>情况</th><th>去年的打算</th><th>今年的对应内容 / 最接近的内容</th><th>吻合度</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
