// The figure ledger: the reviewer's tally sheet. One row per figure of a draft — where it
// is, what it measures, its value, unit and approximation, the period or scope its
// sentence gives, and what the numbers checks made of it. Pure: the model, the findings
// of the same run and the pack in; plain data out (rows cross worker threads and JSON).
import type { EngineConfig } from '../config.js';
import type { Finding, ReportModel } from '../types.js';
import type { Quantity, QuantityKind } from './quantities.js';
import { fmt } from './quantities.js';
import { LineIndex } from '../text/positions.js';
import { findBreakdowns, isDelta } from './breakdowns.js';
import { SUM_DEFAULTS } from '../checks/numbers-sum.js';
import { scanBack, scanForward, afterLast, charSet, SENTENCE_END } from '../text/scan.js';
import { lowerBound } from '../text/sorted.js';

/** ok: the check found the figure consistent; mismatch: it reported it; open: it could not decide. */
export type LedgerVerdict = 'ok' | 'mismatch' | 'open';

export interface LedgerCheck {
  rule: string;
  verdict: LedgerVerdict;
  /** What was compared, in Chinese (the finding's message for a mismatch). */
  note: string;
}

export interface LedgerRow {
  /** UTF-16 offsets of the figure in the draft's text. */
  start: number;
  end: number;
  /** 1-based line and column (code points), as the CLI prints positions. */
  line: number;
  column: number;
  /** The figure as written: 6100余人次. */
  raw: string;
  /** What it measures: the measure phrase (verb and thing counted), or the words right before it. */
  indicator: string;
  /** Exact value (万/亿 scaled); undefined for approximations and ranges. */
  value?: number;
  min: number;
  /** null: no upper bound (以上、超过). */
  max: number | null;
  unit: string;
  kind: QuantityKind;
  /** 余、多、近、约、左右、以上… as written. */
  approx?: string;
  range?: boolean;
  /** Period or scope words of its sentence before it: 全年、上半年、较上年、截至10月底、2023年. */
  period?: string;
  /** Title of the section it sits in (工作情况、下步打算…) and that section's kind. */
  section?: string;
  sectionKind?: string;
  checks: LedgerCheck[];
}

/** Period and scope words, longest alternatives first (较上年 before 上年). */
const PERIOD =
  /(?:截至|截止到?|到)[^，,；;。：:]{1,10}?(?:底|末|止)|(?:19|20)[0-9]{2}年(?:度)?(?:[0-9]{1,2}[—–\-至到~～][0-9]{1,2}月|[0-9]{1,2}月(?:份|底|末)?|上半年|下半年)?|[0-9]{1,2}[—–\-至到~～][0-9]{1,2}月|前三季度|第?[一二三四1-4]季度|上半年|下半年|较上年同期|较去年同期|上年同期|去年同期|较上年|比上年|较去年|比去年|同比|环比|近[两三四五十]年|[一二三四五六七八九十]+年来|今年以来|全年|今年|本年度|本年|当年|去年|上年|历年|累计/g;

/** Verbs that only state a figure (实现、完成…): the thing alone names the measure. */
const LIGHT_VERBS = new Set(['实现', '完成', '达到', '达', '共有', '有', '拥有', '累计', '共计', '合计', '总计']);
/** Period words opening a clause: the period column has them. */
const LEAD_PERIOD = /^(?:全年|今年|本年度?|当年|上半年|下半年|(?:19|20)[0-9]{2}年度?)+/;
const CLAUSE_STOP = charSet('，,；;。：:！？!?\n');
const LEAD_STOP = charSet('，,；;。：:、（(）)！？!?\n');
/** Linking words between a measure and its figure (覆盖率达到95%). */
const LINK_TAIL = /(?:分别(?:为|是|达)?|达到|提高到|提升到|提高至|下降到|降至|达|为|了|约|共|计|近|超过|逾|是|占)+$/;

export function indicatorOf(text: string, q: Quantity): string {
  if (q.thing) return LIGHT_VERBS.has(q.verb) || q.thing.startsWith(q.verb) ? q.thing : q.verb + q.thing;
  // No noun found next to the figure (rates, money): the words of its clause right before it,
  // less the period words the period column shows (全年受理申请共126件 → 受理申请).
  const near = text.slice(Math.max(0, q.from - 16), q.from);
  let lead = near.slice(afterLast(near, LEAD_STOP)).replace(/\s+/g, '').replace(LINK_TAIL, '');
  lead = lead.replace(LEAD_PERIOD, '').replace(/^(?:其中|分别|包括|含)/, '') || lead;
  if (lead.length > 10) lead = lead.slice(-10);
  // A classifier before what it counts (完成37个到期党组织换届工作): the words after it complete the phrase.
  const tail = /^[\u4e00-\u9fff]{2,}/.exec(text.slice(q.to, scanForward(text, q.to, LEAD_STOP)).replace(/^的/, ''));
  const after = tail && tail.index === 0 && /[个名项家户所件条批]$/.test(q.unit) ? tail[0].slice(0, 10) : '';
  return lead + after || q.verb;
}

const PRIOR_TAIL = /(?:去年|上年|上一年|前一年|(?:19|20)[0-9]{2}年)(?:同期)?(?:的|为|是|达)?\s*$/;
const CHANGE_TAIL = /(?:增加|增长|提高|提升|上升|下降|减少|降低|增幅|降幅|多|少)(?:了|为|达|达到)?\s*$/;
const COMPARE = /(?:由|从|较|比|与)(?:去年|上年|上一年|前一年|(?:19|20)[0-9]{2}年)?/;
const JUNK = /[0-9０-９]|由|从|较上年|比上年|较去年|比去年|同比|环比|增加|增长|提高|提升|下降|减少|降低/;

/** What a figure is to its measure: the level itself, last year's level, or a change. */
export type FigureRole = 'level' | 'prior' | 'change';

export function roleOf(text: string, q: Quantity): FigureRole {
  const lead10 = text.slice(Math.max(0, q.from - 10), q.from);
  const clause = text.slice(scanBack(text, q.from, CLAUSE_STOP), q.from);
  if (PRIOR_TAIL.test(lead10) && !CHANGE_TAIL.test(lead10)) return 'prior';
  // 由去年的120家增加到150家, 从85%提高到: the figure after 由/从 is where it started.
  if (/(?:由|从)[^，,；;。0-9０-９]{0,8}$/.test(clause)) return 'prior';
  if (CHANGE_TAIL.test(lead10) || isDelta(text, q)) return 'change';
  return 'level';
}

/** The subject of 服务企业由去年的120家增加到150家: the words of the clause before 由/从/较/比. */
function subjectOf(text: string, q: Quantity): string {
  const clause = text.slice(scanBack(text, q.from, CLAUSE_STOP), q.from);
  const m = COMPARE.exec(clause);
  if (!m) return '';
  const head = clause
    .slice(0, m.index)
    .replace(LEAD_PERIOD, '')
    .replace(/[\s的]+$/, '')
    .replace(LINK_TAIL, '');
  return head.length > 10 ? head.slice(-10) : head;
}

/** Whether a level can be what a change or last year's figure is of (a rate for points, a count for a growth rate). */
function measures(level: Quantity, q: Quantity): boolean {
  if (q.kind === 'points') return level.kind === 'percent';
  if (q.kind === 'percent') return level.kind === 'count' || level.kind === 'money';
  return level.unit === q.unit;
}

/**
 * The ledger's indicator: the measure phrase of a level; for last year's figure or a change,
 * the measure it belongs to (the clause's subject, else the level stated next to it in its
 * sentence) with what it is: 发展党员（上年）, 化解矛盾纠纷（增幅）.
 */
export function measureOf(text: string, qs: readonly Quantity[], k: number): string {
  const q = qs[k];
  const base = indicatorOf(text, q);
  const role = roleOf(text, q);
  if (role === 'level' && !JUNK.test(base)) return base;
  let name = subjectOf(text, q);
  if (name.length < 2) {
    const s = scanBack(text, q.from, SENTENCE_END);
    const e = scanForward(text, q.to, SENTENCE_END);
    const same = (p: Quantity) => p !== q && p.blockIndex === q.blockIndex && p.from >= s && p.to <= e && measures(p, q) && roleOf(text, p) === 'level';
    const before = qs.slice(0, k).reverse().find(same);
    const level = before ?? qs.slice(k + 1).find(same);
    const named = level ? indicatorOf(text, level) : '';
    name = named && !JUNK.test(named) ? named : '';
  }
  if (!name) return base;
  const what = role === 'prior' ? '（上年）' : role === 'change' ? (q.kind === 'percent' ? '（增幅）' : q.kind === 'points' ? '（增减）' : '（增量）') : '';
  return name + what;
}

export function periodOf(text: string, q: Quantity): string | undefined {
  const lead = text.slice(scanBack(text, q.from, SENTENCE_END), q.from);
  const found: string[] = [];
  for (const m of lead.matchAll(PERIOD)) if (!found.includes(m[0])) found.push(m[0]);
  return found.length ? found.join('、') : undefined;
}

/** The rule families whose findings are about figures (a structure finding may span a whole section). */
const FIGURE_RULES = /^numbers\/|^history\/(?:restated|growth)$|^style\/numbers$/;

function overlaps(a: { start: number; end: number }, s: number, e: number): boolean {
  return a.start < e && s < a.end;
}

/**
 * The ledger of a draft: every figure of `model.quantities`, in document order, with the
 * verdicts of numbers/sum (from the breakdowns it reads, so agreeing sums show too), the
 * findings of the figure rules that name the figure (their own span or a related one), and figures restating
 * the same indicator elsewhere.
 */
export function figureLedger(model: ReportModel, findings: readonly Finding[], config: EngineConfig): LedgerRow[] {
  const qs = model.quantities;
  const lines = new LineIndex(model.text);
  const rows: LedgerRow[] = qs.map((q, k) => {
    const block = model.blocks[q.blockIndex];
    const at = lines.lineColumn(q.start);
    const row: LedgerRow = {
      start: q.start,
      end: q.end,
      line: at.line,
      column: at.column,
      raw: q.raw,
      indicator: measureOf(block.text, qs, k),
      min: q.min,
      max: Number.isFinite(q.max) ? q.max : null,
      unit: q.unit,
      kind: q.kind,
      checks: [],
    };
    if (q.value !== undefined) row.value = q.value;
    if (q.approx) row.approx = q.approx;
    if (q.range) row.range = true;
    const period = periodOf(block.text, q);
    if (period) row.period = period;
    const sec = model.sectionNodes.find((n) => q.start >= n.start && q.start < n.end);
    if (sec) {
      row.section = `${sec.marker.text}${sec.title}`.trim();
      if (sec.section) row.sectionKind = sec.section;
    }
    return row;
  });
  const starts = qs.map((q) => q.start);
  /** Indices of the figures a span touches (figures are sorted and do not overlap). */
  const touching = (s: number, e: number): number[] => {
    const out: number[] = [];
    for (let k = Math.max(0, lowerBound(starts, s) - 1); k < qs.length && qs[k].start < Math.max(e, s + 1); k++) {
      if (overlaps(qs[k], s, Math.max(e, s + 1))) out.push(k);
    }
    return out;
  };

  // numbers/sum: every breakdown it reads, agreeing or not.
  const sumOn = (config.rules['numbers/sum']?.severity ?? 'error') !== 'off';
  const sumFindings = new Set(findings.filter((f) => f.ruleId === 'numbers/sum').map((f) => f.start));
  const marked = new Set<string>();
  if (sumOn) {
    const opts = { ...SUM_DEFAULTS, ...(config.rules['numbers/sum']?.options ?? {}) } as typeof SUM_DEFAULTS;
    for (const b of findBreakdowns(model, { totalWords: opts.totalWords, partWords: opts.partWords })) {
      const sumMin = b.parts.reduce((a, q) => a + q.min, 0);
      const sumMax = b.parts.reduce((a, q) => a + q.max, 0);
      const fits = sumMin <= b.total.max + opts.tolerance + 1e-9 && sumMax >= b.total.min - opts.tolerance - 1e-9;
      const reported = sumFindings.has(b.total.start);
      const verdict: LedgerVerdict = reported ? 'mismatch' : fits ? 'ok' : 'open';
      const sum = sumMin === sumMax ? fmt(sumMin) : `${fmt(sumMin)}～${fmt(sumMax)}`;
      const parts = b.parts.map((q) => q.raw).join('+');
      const note =
        verdict === 'ok'
          ? `分项 ${parts} 合计 ${sum}${b.total.unit}，与 ${b.total.raw} 相符`
          : verdict === 'open'
            ? `分项 ${parts} 合计 ${sum}${b.total.unit}，与 ${b.total.raw} 不等（分项可能未列全，未报）`
            : `分项 ${parts} 合计 ${sum}${b.total.unit}，与 ${b.total.raw} 不符`;
      for (const q of [b.total, ...b.parts]) {
        for (const k of touching(q.start, q.end)) {
          const key = `${k} numbers/sum ${b.total.start}`;
          if (marked.has(key)) continue;
          marked.add(key);
          rows[k].checks.push({ rule: 'numbers/sum', verdict, note: q === b.total ? `合计：${note}` : `分项：${note}` });
        }
      }
    }
  }

  // Every other finding on a figure, by its own span or a related one (the other figure of a conflict).
  for (const f of findings) {
    if ((f.ruleId === 'numbers/sum' && sumOn) || !FIGURE_RULES.test(f.ruleId)) continue;
    const hits = new Set(touching(f.start, f.end));
    for (const r of f.related ?? []) for (const k of touching(r.start, r.end)) hits.add(k);
    for (const k of hits) {
      if (rows[k].checks.some((c) => c.rule === f.ruleId && c.note === f.message)) continue;
      rows[k].checks.push({ rule: f.ruleId, verdict: 'mismatch', note: f.message });
    }
  }

  // The same indicator, unit and period stated again with a compatible value: the tally agrees.
  const conflictOn = (config.rules['numbers/conflict']?.severity ?? 'error') !== 'off';
  if (conflictOn) {
    const seen = new Map<string, number>();
    rows.forEach((r, k) => {
      if (r.indicator.length < 2 || r.kind === 'percent' || r.kind === 'points') return;
      const key = `${r.indicator}\u0000${r.unit}\u0000${r.period ?? ''}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, k);
        return;
      }
      const a = rows[first];
      const compatible = a.min <= (r.max ?? Infinity) && r.min <= (a.max ?? Infinity);
      if (!compatible || r.checks.some((c) => c.rule === 'numbers/conflict')) return;
      r.checks.push({ rule: 'numbers/conflict', verdict: 'ok', note: `与第 ${a.line} 行的“${a.indicator}${a.raw}”一致` });
    });
  }
  return rows;
}

/** A row's value as the ledger states it: 87, 6100～6200, ≥300 (the CLI and the HTML report show this). */
export function ledgerValueText(r: LedgerRow): string {
  if (r.value !== undefined) return fmt(r.value);
  if (r.max === null) return `≥${fmt(r.min)}`;
  return r.min === r.max ? fmt(r.min) : `${fmt(r.min)}～${fmt(r.max)}`;
}
