// The HTML review report: results of many drafts → one self-contained HTML page
// (inline CSS and JS, no network, no external assets, printable). Pure: no fs.
//
// Every finding is highlighted in place. Overlapping findings are handled by cutting
// the text at every finding boundary: each piece is one <span class="hl"> listing the
// findings that cover it in `data-f`, so the text of a finding is exactly the
// concatenation of the pieces that name it. Empty findings get a ⚑ point marker.
import { spanAt, type SourceSpan } from '../docx/index.js';
import { RULES, explainFinding, type Finding, type LedgerRow, type Severity } from '../engine/index.js';
import { renderLedger, figureId, LEDGER_CSS, LEDGER_JS } from './ledger-html.js';
import { LineIndex } from '../engine/index.js';
import { ruleAnchor } from '../engine/index.js';

/** What the report reads from a model: section headings and figures. `ReportModel` satisfies it. */
export interface ReviewModel {
  sectionNodes: { marker: { text: string }; title: string; section?: string }[];
  /** The figures as written; undefined (or throwing) when they could not be read. */
  readonly quantities?: readonly { raw: string }[];
  /** The figure ledger (engine/ledger.ts), when the run built one: the 数据核对表 and anchors in the text. */
  ledger?: readonly LedgerRow[];
}

/** One checked draft. `FileResult` of the CLI satisfies it. */
export interface ReviewDraft {
  path: string;
  text: string;
  model: ReviewModel;
  findings: Finding[];
  pack?: string;
  /** A Word document: where each block of `text` is in Word (第 n 段, 表 n 第 m 行, 脚注 n). */
  docx?: { spans: readonly SourceSpan[] };
}

/** A trace (plan follow-through) section, already rendered as HTML by trace/html.ts. */
export interface ReviewExtraSection {
  id: string;
  title: string;
  /** Trusted HTML produced by this package's own renderers (already escaped). */
  html: string;
}

export interface HtmlReportOptions {
  title?: string;
  /**
   * A configured address of docs/rules.md: rule links then go to `${rulesDoc}#${anchor}`. Without
   * it they go to the report's own 规则说明 section, which carries each rule's explanation.
   */
  rulesDoc?: string;
  /** Time stamp shown in the header (pass it in: the renderer stays pure). */
  generatedAt?: string;
  /** The same moment as an ISO 8601 time: the reader's browser then shows it in the reader's time zone. */
  generatedAtIso?: string;
  version?: string;
  /** Drafts skipped (binary, encoding…), listed in the overview. */
  skipped?: { path: string; message: string }[];
  extraSections?: ReviewExtraSection[];
}

/** Where a rule link goes: the configured docs, or the explanation inside the report. */
function ruleHref(rulesDoc: string | undefined, id: string): string {
  return rulesDoc ? `${rulesDoc}#${ruleAnchor(id)}` : `#rule-${ruleAnchor(id)}`;
}

/** The explanation of each rule found, once per rule (not under every finding). */
function renderRuleDocs(ids: string[]): string {
  const items = ids.flatMap((id) => {
    const r = ruleMeta.get(id);
    if (!r) return [];
    const parts = [
      `<div class="ruledoc" id="rule-${ruleAnchor(id)}"><h3><code>${escapeHtml(id)}</code> ${escapeHtml(r.title)}</h3>`,
      `<p>${escapeHtml(r.rationale)}</p>`,
    ];
    if (r.reference) parts.push(`<p class="ref">依据：${escapeHtml(r.reference)}</p>`);
    if (r.example?.previous) parts.push(`<div class="ex"><div>去年的总结：<pre>${escapeHtml(r.example.previous)}</pre></div></div>`);
    if (r.example)
      parts.push(`<div class="ex"><div>改前：<pre>${escapeHtml(r.example.bad)}</pre></div><div>改后：<pre>${escapeHtml(r.example.good)}</pre></div></div>`);
    parts.push('</div>');
    return [parts.join('')];
  });
  return items.length ? `<section class="card" id="rules"><h2>规则说明</h2>${items.join('')}</section>` : '';
}

const SEV_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '暗示' };
const SEV_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const SECTION_ZH: Record<string, string> = { duties: '履职/工作情况', problems: '存在问题', next: '下步打算', self: '自身建设', integrity: '廉洁自律' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const ruleMeta = new Map(RULES.map((r) => [r.id, r]));

function sevCounts(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Drafts that need most attention first: errors, then warnings, then everything else. */
export function attentionOrder<T extends { findings: Finding[]; path: string }>(drafts: T[]): T[] {
  const key = (d: T) => sevCounts(d.findings);
  return [...drafts].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return y.error - x.error || y.warning - x.warning || y.info + y.hint - (x.info + x.hint) || a.path.localeCompare(b.path, 'zh-CN');
  });
}

/** Findings in reading order, the more severe first at the same place. */
function ordered(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || SEV_RANK[a.severity] - SEV_RANK[b.severity] || a.end - b.end);
}

interface Piece {
  start: number;
  end: number;
  /** Indices (into the ordered findings) covering the piece. */
  cover: number[];
  /** Empty findings that sit at `start` (rendered before the text). */
  points: number[];
}

/** Cuts [0, text.length) at every finding boundary. Exported for tests. */
export function pieces(length: number, spans: { start: number; end: number }[]): Piece[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const cuts = new Set<number>([0, length]);
  const pts = new Map<number, number[]>();
  spans.forEach((s, i) => {
    const a = clamp(s.start);
    const b = clamp(Math.max(s.start, s.end));
    cuts.add(a);
    cuts.add(b);
    if (a === b) pts.set(a, [...(pts.get(a) ?? []), i]);
  });
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k];
    const b = k + 1 < sorted.length ? sorted[k + 1] : a;
    if (b === a && !pts.has(a)) continue;
    const cover: number[] = [];
    if (b > a)
      spans.forEach((s, i) => {
        if (clamp(s.start) <= a && clamp(s.end) >= b && s.end > s.start) cover.push(i);
      });
    out.push({ start: a, end: b, cover, points: pts.get(a) ?? [] });
    if (b === a) break;
  }
  return out;
}

function fid(draft: number, i: number): string {
  return `d${draft}-f${i}`;
}

function renderText(text: string, fs: Finding[], d: number, figs: readonly { start: number; end: number }[] = []): string {
  const out: string[] = [];
  // Related spans (the parts of a sum, the other figure of a conflict) are cut in as well,
  // after the findings: indices ≥ fs.length name a related span, shown dotted, owned by a finding.
  const rel = fs.flatMap((f, i) => (f.related ?? []).filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end, owner: i })));
  const n = fs.length;
  // Figures of the ledger are cut in last (indices ≥ n + rel.length): each piece of one carries
  // data-q, and its first piece the anchor the 数据核对表 links to. Figures never overlap.
  const nr = n + rel.length;
  const anchored = new Set<number>();
  for (const p of pieces(text.length, [...fs, ...rel, ...figs.filter((g) => g.end > g.start)])) {
    for (const i of p.points) {
      if (i >= n) continue;
      out.push(`<a class="pt sev-${fs[i].severity}" href="#${fid(d, i)}" data-f="${i}" title="${escapeHtml(fs[i].message)}">⚑</a>`);
    }
    if (p.end <= p.start) continue;
    const raw = text.slice(p.start, p.end);
    const s = escapeHtml(raw);
    // One narrow character (an * or a 、) would hide under its underline: such a span is padded and boxed.
    const short = [...raw].length === 1 ? ' short' : '';
    const cover = p.cover.filter((i) => i < n);
    const owners = [...new Set(p.cover.filter((i) => i >= n && i < nr).map((i) => rel[i - n].owner))];
    const relAttr = owners.length ? ` data-r="${owners.join(' ')}"` : '';
    const fig = p.cover.find((i) => i >= nr);
    let figAttr = '';
    if (fig !== undefined) {
      const k = fig - nr;
      figAttr = ` data-q="${k}"${anchored.has(k) ? '' : ` id="${figureId(d, k)}"`}`;
      anchored.add(k);
    }
    if (!cover.length) {
      if (owners.length)
        out.push(`<span class="rel"${relAttr}${figAttr} title="${escapeHtml(owners.map((i) => `[${i + 1}] 相关：${fs[i].message}`).join('\n'))}">${s}</span>`);
      else out.push(figAttr ? `<span class="fig"${figAttr}>${s}</span>` : s);
      continue;
    }
    const worst = cover.reduce((w, i) => (SEV_RANK[fs[i].severity] < SEV_RANK[w] ? fs[i].severity : w), 'hint' as Severity);
    const tip = cover.map((i) => `[${i + 1}] ${fs[i].message}`).join('\n');
    out.push(
      `<span class="hl sev-${worst}${cover.length > 1 ? ' multi' : ''}${short}" data-f="${cover.join(' ')}"${relAttr}${figAttr} data-n="${cover.map((i) => i + 1).join(',')}" title="${escapeHtml(tip)}" tabindex="0">${s}</span>`,
    );
  }
  return out.join('');
}

function quote(text: string, s: { start: number; end: number }): string {
  const t = text.slice(Math.max(0, s.start), Math.max(s.start, s.end));
  return t.length > 60 ? `${t.slice(0, 58)}…` : t;
}

/** For a Word document, the paragraph in Word (the line numbers are those of the extracted text). */
function wordPlace(draft: ReviewDraft, offset: number): string {
  const span = draft.docx && spanAt(draft.docx.spans, offset);
  return span ? `Word ${escapeHtml(span.label)} · 提取文字` : '';
}

function renderFinding(f: Finding, i: number, d: number, draft: ReviewDraft, lines: LineIndex, rulesDoc: string | undefined): string {
  const at = lines.lineColumn(f.start);
  const meta = ruleMeta.get(f.ruleId);
  const parts: string[] = [];
  parts.push(
    `<li id="${fid(d, i)}" class="finding sev-${f.severity}" data-f="${i}" data-start="${f.start}" data-end="${f.end}" data-rule="${escapeHtml(f.ruleId)}">`,
    `<div class="fhead"><a class="num" href="#${fid(d, i)}-at" data-jump="${i}">${i + 1}</a> <span class="sev">${SEV_ZH[f.severity]}</span> <span class="pos">${wordPlace(draft, f.start)}第 ${at.line} 行第 ${at.column} 列</span> <a class="rule" href="${escapeHtml(ruleHref(rulesDoc, f.ruleId))}" title="${escapeHtml(meta?.title ?? '')}">${escapeHtml(f.ruleId)}</a></div>`,
    `<div class="msg">${escapeHtml(f.message)}</div>`,
  );
  if (f.end > f.start) parts.push(`<div class="quote">原文：<q>${escapeHtml(quote(draft.text, f))}</q></div>`);
  const math = explainFinding(f).join('，');
  if (math) parts.push(`<div class="math">核算：${escapeHtml(math)}</div>`);
  if (f.related?.length) {
    parts.push(
      `<ul class="related">${f.related
        .map((r) => {
          const p = lines.lineColumn(r.start);
          return `<li>第 ${p.line} 行：<q>${escapeHtml(quote(draft.text, r))}</q> — ${escapeHtml(r.message)}</li>`;
        })
        .join('')}</ul>`,
    );
  }
  if (f.fix) {
    const edits = f.fix.edits
      .map((e) => {
        const old = draft.text.slice(e.start, e.end);
        return old ? (e.newText ? `把“${old}”改为“${e.newText}”` : `删去“${old}”`) : `插入“${e.newText}”`;
      })
      .join('；');
    parts.push(`<div class="fix">修改建议${f.fix.safe ? '（可自动修复）' : ''}：${escapeHtml(f.fix.title)}${edits ? ` — ${escapeHtml(edits)}` : ''}</div>`);
  }
  parts.push('</li>');
  return parts.join('');
}

function sectionsOf(model: ReviewModel): { title: string; kind?: string }[] {
  return model.sectionNodes.map((n) => ({ title: `${n.marker.text}${n.title}`.trim(), kind: n.section }));
}

function quantitiesOf(model: ReviewModel): number | undefined {
  try {
    return model.quantities?.length;
  } catch {
    return undefined;
  }
}

/** The figures as written, for a tooltip: 6100余人次、87名、78个… */
function quantityList(model: ReviewModel): string {
  try {
    const q = model.quantities;
    if (!q) return '';
    return (
      q
        .slice(0, 40)
        .map((x) => x.raw)
        .join('、') + (q.length > 40 ? ` 等 ${q.length} 处` : '')
    );
  } catch {
    return '';
  }
}

function ledgerOf(model: ReviewModel): readonly LedgerRow[] | undefined {
  try {
    return model.ledger;
  } catch {
    return undefined;
  }
}

function badge(n: number, sev: Severity): string {
  return n ? `<span class="badge sev-${sev}">${n}</span>` : '<span class="zero">0</span>';
}

const CSS = `
:root{--err:#c62828;--err-bg:#fde0dc;--warn:#b26a00;--warn-bg:#fff1c2;--info:#1565c0;--info-bg:#dceaff;--ink:#1d1d1f;--mute:#666;--line:#ddd}
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 "Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei","PingFang SC",sans-serif;color:var(--ink);background:#f6f6f4}
header.top{background:#263238;color:#fff;padding:14px 24px}
header.top h1{margin:0;font-size:20px}
header.top .meta{color:#cfd8dc;font-size:13px}
main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
section.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin:16px 0}
h2{font-size:18px;margin:0 0 10px}
h3{font-size:16px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#fafafa;font-weight:600}
td.n{text-align:right;white-space:nowrap}
.badge{display:inline-block;min-width:1.8em;padding:0 6px;border-radius:9px;text-align:center;font-weight:600;color:#fff}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info,.badge.sev-hint{background:var(--info)}
.zero{color:#aaa}
.secs{font-size:13px;color:var(--mute)}
.secs .k{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 4px;margin:1px 2px;color:var(--ink)}
.secs .k.none{color:#999;border-style:dashed}
.draft-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
pre.text{white-space:pre-wrap;word-break:break-all;margin:0;font:inherit;background:#fcfcfb;border:1px solid var(--line);border-radius:4px;padding:10px 12px;max-height:80vh;overflow:auto}
.hl{border-bottom:2px solid;cursor:pointer;border-radius:2px}
.hl.sev-error{background:var(--err-bg);border-color:var(--err)}
.hl.sev-warning{background:var(--warn-bg);border-color:var(--warn)}
.hl.sev-info,.hl.sev-hint{background:var(--info-bg);border-color:var(--info)}
.hl.multi{border-bottom-style:double;border-bottom-width:3px}
.hl.short{padding:0 .3em;outline:1px solid;outline-offset:0}
.note{color:#555;font-size:13px}
.ruledoc{border-top:1px solid #ddd;padding-top:6px}.ruledoc h3{font-size:15px;margin:8px 0 4px}
.ruledoc .ex{display:flex;gap:16px;flex-wrap:wrap}.ruledoc pre{background:#f6f6f6;padding:6px;white-space:pre-wrap;margin:2px 0}
.rel{border-bottom:1px dotted #555}
.rel.active-rel,.hl.active-rel{background:#efe3f7}
.hl.active,.finding.active{outline:2px solid #6a1b9a;outline-offset:1px}
.pt{text-decoration:none;font-size:12px;vertical-align:super}
.pt.sev-error{color:var(--err)}.pt.sev-warning{color:var(--warn)}.pt.sev-info,.pt.sev-hint{color:var(--info)}
ol.findings{list-style:none;margin:0;padding:0;max-height:80vh;overflow:auto}
.finding{border-left:4px solid var(--line);padding:6px 10px;margin:0 0 8px;background:#fcfcfb}
.finding.sev-error{border-color:var(--err)}.finding.sev-warning{border-color:var(--warn)}.finding.sev-info,.finding.sev-hint{border-color:var(--info)}
.fhead{font-size:13px;color:var(--mute)}
.fhead .num{display:inline-block;min-width:1.6em;text-align:center;background:#455a64;color:#fff;border-radius:3px;text-decoration:none}
.fhead .sev{font-weight:600}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev,.sev-hint .sev{color:var(--info)}
.fhead .rule{font-family:ui-monospace,Consolas,monospace;font-size:12px}
.msg{margin:2px 0}
.quote,.math,.fix,.why,.related{font-size:13px}
.math{background:#f3f0ff;padding:2px 6px;border-radius:3px}
.fix{color:#2e7d32}
.why{color:var(--mute)}
ul.related{margin:2px 0;padding-left:18px}
.ok{color:#2e7d32}
nav.toc a{margin-right:10px}
@media (max-width:800px){.draft-body{grid-template-columns:1fr}}
@media print{
 body{background:#fff;font-size:11pt}
 header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 6px}
 header.top .meta{color:#333}
 nav.toc,.noprint{display:none}
 main{max-width:none;padding:0}
 section.card{border:none;padding:0;margin:0 0 12pt}
 section.draft{break-before:page}
 .draft-body{display:block}
 pre.text,ol.findings{max-height:none;overflow:visible;border:none;padding:0}
 .hl{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .finding{break-inside:avoid}
 a{color:inherit;text-decoration:none}
}
`;

// Click a highlight → its explanation; click a number → its place in the text.
const JS = `
(function(){
  // The time the report was made, in the reader's own time zone.
  document.querySelectorAll('time[datetime]').forEach(function(t){var d=new Date(t.getAttribute('datetime'));if(!isNaN(d)){t.textContent=d.toLocaleString('zh-CN',{dateStyle:'medium',timeStyle:'short'});t.title=t.getAttribute('datetime')}});
  function clear(){document.querySelectorAll('.active,.active-rel').forEach(function(e){e.classList.remove('active');e.classList.remove('active-rel')})}
  function rel(sec,i){sec.querySelectorAll('[data-r]').forEach(function(r){if(r.getAttribute('data-r').split(' ').indexOf(i)>=0){r.classList.add('active-rel')}})}
  document.addEventListener('click',function(ev){
    var t=ev.target; if(!(t instanceof Element)) return;
    var hl=t.closest('.hl,.pt,.rel'); var jump=t.closest('[data-jump]');
    if(hl){
      var sec=hl.closest('section.draft'); var ids=(hl.getAttribute(hl.classList.contains('rel')?'data-r':'data-f')||'').split(' ');
      clear(); var first=null;
      ids.forEach(function(i){var li=sec.querySelector('li.finding[data-f="'+i+'"]'); if(li){li.classList.add('active'); rel(sec,i); first=first||li}});
      if(first){first.scrollIntoView({block:'nearest',behavior:'smooth'})}
      ev.preventDefault();
    } else if(jump){
      var s=jump.closest('section.draft'); var i=jump.getAttribute('data-jump'); clear(); var hit=null;
      s.querySelectorAll('.hl,.pt').forEach(function(h){if((h.getAttribute('data-f')||'').split(' ').indexOf(i)>=0){h.classList.add('active'); hit=hit||h}});
      rel(s,i);
      if(hit){hit.scrollIntoView({block:'center',behavior:'smooth'})}
      ev.preventDefault();
    }
  });
})();
`;

export function renderHtmlReport(drafts: ReviewDraft[], opts: HtmlReportOptions = {}): string {
  const title = opts.title ?? '审稿报告';
  const rulesDoc = opts.rulesDoc;
  const order = attentionOrder(drafts.map((d, i) => ({ ...d, i })));
  const all = drafts.flatMap((d) => d.findings);
  const total = sevCounts(all);

  // Overview: drafts table.
  const rows = order.map((d, n) => {
    const c = sevCounts(d.findings);
    const secs = sectionsOf(d.model);
    const secHtml = secs.length
      ? secs
          .map(
            (s) =>
              `<span class="k${s.kind ? '' : ' none'}" title="${escapeHtml(s.kind ? (SECTION_ZH[s.kind] ?? s.kind) : '未识别')}">${escapeHtml(s.title.length > 16 ? `${s.title.slice(0, 15)}…` : s.title)}</span>`,
          )
          .join('')
      : '<span class="k none">未识别出提纲</span>';
    const q = quantitiesOf(d.model);
    return `<tr><td class="n">${n + 1}</td><td><a href="#draft-${d.i}">${escapeHtml(d.path)}</a>${d.pack ? ` <span class="secs">（${escapeHtml(d.pack)}）</span>` : ''}<div class="secs">${secHtml}</div></td><td class="n">${badge(c.error, 'error')}</td><td class="n">${badge(c.warning, 'warning')}</td><td class="n">${badge(c.info + c.hint, 'info')}</td><td class="n" title="${escapeHtml(quantityList(d.model))}">${q === undefined ? '—' : q}</td></tr>`;
  });

  // Overview: by rule.
  const byRule = new Map<string, Record<Severity, number> & { drafts: Set<number> }>();
  drafts.forEach((d, i) => {
    for (const f of d.findings) {
      let r = byRule.get(f.ruleId);
      if (!r) byRule.set(f.ruleId, (r = { error: 0, warning: 0, info: 0, hint: 0, drafts: new Set() }));
      r[f.severity]++;
      r.drafts.add(i);
    }
  });
  const ruleRows = [...byRule.entries()]
    .sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info + y.hint - (x.info + x.hint) || a.localeCompare(b))
    .map(
      ([id, r]) =>
        `<tr><td><a href="${escapeHtml(ruleHref(rulesDoc, id))}">${escapeHtml(id)}</a></td><td>${escapeHtml(ruleMeta.get(id)?.title ?? '')}</td><td class="n">${badge(r.error, 'error')}</td><td class="n">${badge(r.warning, 'warning')}</td><td class="n">${badge(r.info + r.hint, 'info')}</td><td class="n">${r.drafts.size}</td></tr>`,
    );

  const skipped = opts.skipped?.length
    ? `<h3>未检查的文件</h3><ul>${opts.skipped.map((s) => `<li>${escapeHtml(s.path)}：${escapeHtml(s.message)}</li>`).join('')}</ul>`
    : '';

  const overview = `<section class="card" id="overview"><h2>总览</h2>
<p>共 ${drafts.length} 份文稿，发现问题 ${all.length} 处：错误 ${total.error}、警告 ${total.warning}、提示 ${total.info + total.hint}。按需要关注的程度排序（错误多的在前）。</p>
<table class="drafts"><thead><tr><th>#</th><th>文稿 / 识别出的部分</th><th>错误</th><th>警告</th><th>提示</th><th title="文中识别出的数量、金额、百分比">数据项</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="note">数据项：文中识别出的数量、金额、百分比等带单位的数字有几处；合计、增幅、前后一致等核算（numbers/* 规则）就在这些数字之间进行。</p>
${ruleRows.length ? `<h3>按规则</h3><table class="rules"><thead><tr><th>规则</th><th>检查什么</th><th>错误</th><th>警告</th><th>提示</th><th>涉及文稿</th></tr></thead><tbody>${ruleRows.join('')}</tbody></table>` : '<p class="ok">全部文稿未发现问题。</p>'}
${skipped}</section>`;

  const draftSections = order.map((d) => {
    const fs = ordered(d.findings);
    const lines = new LineIndex(d.text);
    const c = sevCounts(fs);
    const list = fs.length
      ? `<ol class="findings">${fs.map((f, i) => renderFinding(f, i, d.i, d, lines, rulesDoc)).join('')}</ol>`
      : '<p class="ok">未发现问题。</p>';
    return `<section class="card draft" id="draft-${d.i}" data-path="${escapeHtml(d.path)}"><h2>${escapeHtml(d.path)}</h2>
<p class="secs">错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info + c.hint}${quantitiesOf(d.model) !== undefined ? ` · 数据 ${quantitiesOf(d.model)} 处` : ''} <a class="noprint" href="#overview">回到总览</a></p>
<div class="draft-body"><pre class="text">${renderText(d.text, fs, d.i, ledgerOf(d.model) ?? [])}</pre><div class="explain">${list}</div></div></section>`;
  });

  // The 数据核对表: one table over every draft that has a ledger, in the overview's order.
  const withLedger = order.filter((d) => ledgerOf(d.model) !== undefined);
  const ledgerSection: ReviewExtraSection[] = withLedger.length
    ? [{ id: 'figures', title: '数据核对表', html: renderLedger(withLedger.map((d) => ({ index: d.i, path: d.path, rows: ledgerOf(d.model)! }))) }]
    : [];
  const extras = [...ledgerSection, ...(opts.extraSections ?? [])];
  const extra = extras.map((s) => `<section class="card extra" id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>${s.html}</section>`);
  const toc = [
    `<a href="#overview">总览</a>`,
    ...extras.map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a>`),
    ...(!rulesDoc && byRule.size ? ['<a href="#rules">规则说明</a>'] : []),
  ].join('');

  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${CSS}${LEDGER_CSS}</style></head>
<body><header class="top"><h1>${escapeHtml(title)}</h1><div class="meta">审稿 shengao${opts.version ? ` ${escapeHtml(opts.version)}` : ''}${opts.generatedAt ? ` · 生成于 ${opts.generatedAtIso ? `<time datetime="${escapeHtml(opts.generatedAtIso)}">${escapeHtml(opts.generatedAt)}</time>` : escapeHtml(opts.generatedAt)}` : ''} · ${drafts.length} 份文稿</div></header>
<main><nav class="toc noprint">${toc}</nav>
${overview}
${extra.join('\n')}
${draftSections.join('\n')}
${rulesDoc ? '' : renderRuleDocs([...byRule.keys()].sort())}
</main><script>${JS}${LEDGER_JS}</script></body></html>
`;
}
