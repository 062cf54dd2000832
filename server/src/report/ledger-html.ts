// The HTML report's 「数据核对表」: the figure ledger of every draft (engine/ledger.ts) as one
// table, filterable (text, verdict, draft) and sortable by any column, each row linked to
// the figure's place in its draft's text (the anchors html.ts cuts into the text). Pure.
import { ledgerValueText, type LedgerRow, type LedgerVerdict } from '../engine/index.js';

const VERDICT_ZH: Record<LedgerVerdict, string> = { ok: '相符', mismatch: '不符', open: '未定' };

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The anchor of figure `k` of draft `d` in the text. */
export function figureId(d: number, k: number): string {
  return `d${d}-q${k}`;
}

/** The row's overall verdict: a mismatch anywhere wins, then undecided, then agreeing; 'none' when no check used it. */
export function rowVerdict(r: LedgerRow): LedgerVerdict | 'none' {
  if (!r.checks.length) return 'none';
  for (const v of ['mismatch', 'open', 'ok'] as const) if (r.checks.some((c) => c.verdict === v)) return v;
  return 'none';
}

export interface LedgerDraft {
  /** The draft's index in the report (its section is #draft-N, its anchors dN-qK). */
  index: number;
  path: string;
  rows: readonly LedgerRow[];
}

const COLUMNS: { key: string; title: string; num?: boolean }[] = [
  { key: 'draft', title: '文稿' },
  { key: 'pos', title: '位置', num: true },
  { key: 'indicator', title: '指标' },
  { key: 'raw', title: '原文' },
  { key: 'value', title: '数值', num: true },
  { key: 'unit', title: '单位' },
  { key: 'period', title: '期间/口径' },
  { key: 'section', title: '所在部分' },
  { key: 'checks', title: '核对' },
];

export function renderLedger(drafts: LedgerDraft[]): string {
  const rows: string[] = [];
  let total = 0;
  for (const d of drafts) {
    d.rows.forEach((r, k) => {
      total++;
      const verdict = rowVerdict(r);
      const checks = r.checks.length
        ? r.checks
            .map(
              (c) =>
                `<div class="chk v-${c.verdict}" title="${esc(c.note)}">${esc(c.rule)} <b>${VERDICT_ZH[c.verdict]}</b><span class="note">：${esc(c.note)}</span></div>`,
            )
            .join('')
        : '<span class="zero">—</span>';
      const cells = [
        `<td data-v="${esc(d.path)}">${esc(d.path)}</td>`,
        // Sorts by place in the document: line, then column.
        `<td class="n" data-v="${r.line * 100000 + r.column}"><a class="figlink" href="#${figureId(d.index, k)}" data-fig="${figureId(d.index, k)}">第 ${r.line} 行第 ${r.column} 列</a></td>`,
        `<td data-v="${esc(r.indicator)}">${esc(r.indicator)}</td>`,
        `<td data-v="${esc(r.raw)}">${esc(r.raw)}</td>`,
        `<td class="n" data-v="${r.value ?? r.min}">${esc(ledgerValueText(r))}</td>`,
        `<td data-v="${esc(r.unit)}">${esc(r.unit)}</td>`,
        `<td data-v="${esc(r.period ?? '')}">${esc(r.period ?? '')}</td>`,
        `<td data-v="${esc(r.section ?? '')}">${esc(r.section ?? '')}</td>`,
        `<td data-v="${verdict}">${checks}</td>`,
      ];
      rows.push(`<tr class="fig-row v-${verdict}" data-draft="${d.index}" data-verdict="${verdict}">${cells.join('')}</tr>`);
    });
  }
  const drafts1 =
    drafts.length > 1
      ? `<select class="ledger-draft" aria-label="文稿"><option value="">全部文稿</option>${drafts.map((d) => `<option value="${d.index}">${esc(d.path)}</option>`).join('')}</select>`
      : '';
  const head = COLUMNS.map(
    (c) => `<th data-key="${c.key}"${c.num ? ' data-num="1"' : ''} aria-sort="none"><button type="button" class="sort">${c.title}</button></th>`,
  ).join('');
  return `<p>每个数据一行：所在位置（点击跳到原文）、所指的指标、数值（约数给出区间）、期间或口径，以及用到它的核对与结论。点击表头排序。</p>
<div class="ledger-tools noprint"><input type="search" class="ledger-filter" placeholder="筛选：指标、原文、口径……" aria-label="筛选"> <select class="ledger-verdict" aria-label="核对结论"><option value="">全部结论</option><option value="mismatch">不符</option><option value="open">未定</option><option value="ok">相符</option><option value="none">未核对</option></select> ${drafts1} <span class="ledger-count">${total} / ${total} 行</span></div>
<table class="ledger"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export const LEDGER_CSS = `
.ledger-tools{margin:6px 0}
.ledger-filter{width:18em;padding:2px 6px}
table.ledger th button.sort{all:unset;cursor:pointer}
table.ledger th[aria-sort=ascending] button.sort::after{content:" ▲"}
table.ledger th[aria-sort=descending] button.sort::after{content:" ▼"}
table.ledger .chk,table.ledger td:nth-child(2),table.ledger td:nth-child(4),table.ledger td:nth-child(5),table.ledger td:nth-child(6){white-space:nowrap}
table.ledger .chk .note{display:none}
table.ledger .v-mismatch b{color:var(--err)}
table.ledger .v-ok b{color:#2e7d32}
table.ledger .v-open b{color:var(--warn)}
tr.fig-row.v-mismatch{background:#fff6f5}
.fig.active,.hl.active-fig,.rel.active-fig,.fig.active-fig{outline:2px solid #2e7d32;outline-offset:1px;background:#e3f5e4}
@media print{table.ledger .chk .note{display:inline;white-space:normal}}
`;

// Filter (text, verdict, draft), sort by a column, and light up a figure when its row's link is followed.
export const LEDGER_JS = `
(function(){
  var sec=document.getElementById('figures'); if(!sec) return;
  var table=sec.querySelector('table.ledger'); var body=table.tBodies[0];
  var all=Array.prototype.slice.call(body.rows);
  var q=sec.querySelector('.ledger-filter'), v=sec.querySelector('.ledger-verdict'), dr=sec.querySelector('.ledger-draft'), count=sec.querySelector('.ledger-count');
  function apply(){
    var text=(q.value||'').trim(); var verdict=v.value; var draft=dr?dr.value:''; var shown=0;
    all.forEach(function(r){
      var ok=(!text||r.textContent.indexOf(text)>=0)&&(!verdict||r.getAttribute('data-verdict')===verdict)&&(!draft||r.getAttribute('data-draft')===draft);
      r.hidden=!ok; if(ok) shown++;
    });
    count.textContent=shown+' / '+all.length+' 行';
  }
  q.addEventListener('input',apply); v.addEventListener('change',apply); if(dr) dr.addEventListener('change',apply);
  table.tHead.addEventListener('click',function(ev){
    var th=ev.target instanceof Element?ev.target.closest('th'):null; if(!th) return;
    var ths=Array.prototype.slice.call(th.parentNode.children); var col=ths.indexOf(th);
    var dir=th.getAttribute('aria-sort')==='ascending'?-1:1; var num=th.hasAttribute('data-num');
    ths.forEach(function(h){h.setAttribute('aria-sort','none')});
    th.setAttribute('aria-sort',dir>0?'ascending':'descending');
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){
      var x=a.cells[col].getAttribute('data-v'), y=b.cells[col].getAttribute('data-v');
      var c=num?(Number(x)-Number(y)):x.localeCompare(y,'zh-CN');
      return c*dir;
    });
    rows.forEach(function(r){body.appendChild(r)});
  });
  sec.addEventListener('click',function(ev){
    var a=ev.target instanceof Element?ev.target.closest('a.figlink'):null; if(!a) return;
    var target=document.getElementById(a.getAttribute('data-fig')); if(!target) return;
    document.querySelectorAll('.active-fig').forEach(function(e){e.classList.remove('active-fig')});
    var k=target.getAttribute('data-q'); var draft=target.closest('section.draft');
    draft.querySelectorAll('[data-q="'+k+'"]').forEach(function(e){e.classList.add('active-fig')});
    target.scrollIntoView({block:'center'});
    history.replaceState(null,'','#'+a.getAttribute('data-fig'));
    ev.preventDefault();
  });
})();
`;
