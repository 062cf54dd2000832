// EVAL.md: the sets and their sources, per-rule tables for each set and sealed third,
// and the largest remaining misses and false alarms.
import { roundDir, roundNumeral, ROUNDS, type EvalDoc } from './corpus';
import { pooled, type DocResult, type RuleScore, type Target } from './score';
import { renderUnscored, type UnscoredRow } from './unscored';
import { renderPairs, type PairScores } from './pairs';

export interface View {
  name: string;
  key: string;
  results: DocResult[];
  /** Whether the targets are enforced on this view. */
  enforce: boolean;
  /** A sealed round not yet opened: its scores count towards the exit code but are not shown. */
  hidden?: boolean;
}

interface ReportInput {
  docs: EvalDoc[];
  views: View[];
  shown: DocResult[];
  unseal: boolean;
  baseline?: Record<string, RuleScore[]>;
  /** Each opened round's sealed parts as scored just before they were opened, by round. */
  before: Record<string, Record<string, RuleScore[]>>;
  ruleTable: (r: DocResult[]) => RuleScore[];
  targetsOf: (r: DocResult[]) => Target[];
  /** Rules the annotations do not cover, judged by hand (eval/unscored-judged.yaml). */
  unscored?: UnscoredRow[];
  /** history/* on the consecutive-year pairs (eval/pairs). */
  pairs?: PairScores;
}

const f3 = (x: number) => x.toFixed(3);

function counts(docs: EvalDoc[]): string {
  const rows: string[] = [`| 集 | 篇数 | 纯文本 | Markdown | 完整 | 节选 | 封存（第${ROUNDS.map(roundNumeral).join(' + ')}轮） | 标注的问题 |`, '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const set of ['real', 'blind'] as const) {
    const d = docs.filter((x) => x.set === set);
    rows.push(`| ${set === 'real' ? 'A 真实报告 `eval/real/`' : 'B 盲写稿 `eval/blind/`'} | ${d.length} | ${d.filter((x) => x.kind === 'text').length} | ${d.filter((x) => x.kind === 'markdown').length} | ${d.filter((x) => x.whole).length} | ${d.filter((x) => !x.whole).length} | ${ROUNDS.map((n) => d.filter((x) => x.round === n).length).join(' + ')} | ${d.reduce((n, x) => n + x.expected.length, 0)} |`);
  }
  return rows.join('\n');
}

function genres(docs: EvalDoc[]): string {
  const by = new Map<string, number>();
  for (const d of docs.filter((x) => x.set === 'real')) by.set(d.genre, (by.get(d.genre) ?? 0) + 1);
  return [...by].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${n}`).join('、');
}

/**
 * Real reports by layout and by genre (open and opened parts; the latest sealed round is left out
 * unless unsealed): does shengao hold on engineers' Markdown as on pasted Word drafts?
 */
function byKind(shown: DocResult[]): string[] {
  const real = shown.filter((r) => r.doc.set === 'real');
  const row = (name: string, rs: DocResult[]) => {
    const all = pooled(rs, () => true, name);
    const precise = pooled(rs, (r) => /^(?:structure|numbers|outline\/sequence|text\/placeholder)/.test(r), name);
    return `| ${name} | ${rs.length} | ${all.tp} | ${all.fp} | ${all.fn} | ${f3(all.precision)} | ${f3(all.recall)} | ${f3(precise.precision)} |`;
  };
  const rows = ['| A 集 | 篇数 | TP | FP | FN | 查准 | 查全 | 查准（structure、numbers、outline/sequence、text/placeholder） |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  rows.push(row('纯文本（从 Word 粘贴）', real.filter((r) => r.doc.kind === 'text')), row('Markdown', real.filter((r) => r.doc.kind === 'markdown')));
  const genres = [...new Set(real.map((r) => r.doc.genre))].sort();
  for (const g of genres) rows.push(row(`\u3000${g}`, real.filter((r) => r.doc.genre === g)));
  return ['## 按版式与文体 By layout and genre', '', '真实报告的公开部分与已打开的封存部分（最新一轮封存不计）。', '', ...rows, ''];
}

function sources(docs: EvalDoc[]): string {
  const hosts = new Map<string, number>();
  for (const d of docs.filter((x) => x.set === 'real')) {
    const h = /^https?:\/\/([^/]+)/.exec(d.source)?.[1] ?? (d.source.startsWith('github:') ? 'github:' + d.source.slice(7).split('/').slice(0, 2).join('/') : d.source.split(/[/:]/)[0]);
    hosts.set(h, (hosts.get(h) ?? 0) + 1);
  }
  return [...hosts].sort((a, b) => b[1] - a[1]).map(([h, n]) => `${h}${n > 1 ? ` ×${n}` : ''}`).join('，');
}

function table(rows: RuleScore[], before?: RuleScore[]): string {
  const head = before
    ? ['| 规则 | TP | FP | FN | 查准 | 查全 | 之前 查准 | 之前 查全 |', '|---|---:|---:|---:|---:|---:|---:|---:|']
    : ['| 规则 | TP | FP | FN | 查准 | 查全 |', '|---|---:|---:|---:|---:|---:|'];
  const out = [...head];
  for (const r of rows) {
    if (r.tp + r.fp + r.fn === 0 && r.rule !== '全部') continue;
    const b = before?.find((x) => x.rule === r.rule);
    const cells = [r.rule === '全部' ? '**全部**' : `\`${r.rule}\``, r.tp, r.fp, r.fn, f3(r.precision), f3(r.recall)];
    if (before) cells.push(b ? f3(b.precision) : '—', b ? f3(b.recall) : '—');
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

function largest<T extends { rule: string }>(items: (T & { path: string; text: string })[], n: number): string[] {
  // The rules with most entries first, one entry per rule in turn, so the list shows the spread.
  const byRule = new Map<string, (T & { path: string; text: string })[]>();
  for (const x of items) byRule.set(x.rule, [...(byRule.get(x.rule) ?? []), x]);
  const queues = [...byRule.values()].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; out.length < n && queues.some((q) => q.length > i); i++) {
    for (const q of queues) if (q[i] && out.length < n) out.push(`- \`${q[i].rule}\`（共 ${q.length} 处）${q[i].path}: ${q[i].text}`);
  }
  return out;
}

export function renderReport(x: ReportInput): string {
  const parts: string[] = [];
  parts.push('# 审稿效果评估 EVAL', '', '<!-- 由 `npm run eval` 生成，请勿手改。 Generated by npm run eval; do not edit. -->', '');
  parts.push('衡量 shengao 在**不是本团队写的文字**上查得准不准、全不全：A 集是公开发表的真实工作总结、述职报告和工程师的 Markdown 年终总结；B 集是由没有看过任何规则、代码和测试的人盲写的短稿（一半各埋一个问题，一半没有问题但布满陷阱）。每篇的应查问题（规则、行、理由）都在运行 shengao 之前标注好，见 `eval/GUIDE.md`。每集的三分之一封存在 `sealed/` 里，调规则时不看，单独报分；每一轮结束时先记下封存部分的分数再打开（见下文“封存部分打开前的分数”），再请人新写、新收一批作下一轮的封存（`sealed2/`、`sealed3/`、`sealed4/`）。最新一轮封存没有人看过，它的分数才是对没见过的文字的度量。');
  parts.push('', '计分：每个（规则，行）算一条，行号允许 ±1；“缺少某部分”“顺序不对”这类全文问题在文中任何位置都算，只在完整的文稿上计分。', '');
  parts.push('## 语料 Sets', '', counts(x.docs), '', `A 集文体：${genres(x.docs)}。`, '', `A 集来源：${sources(x.docs)}。`, '');
  parts.push('## 目标 Targets', '', '在 A 集、B 集及各自封存的三分之一上：`structure/*`、`outline/sequence`、`numbers/*`、`text/placeholder` 各族查准率 ≥ 0.95；全部规则查全率 ≥ 0.9；`numbers/*` + `structure/*` + `outline/sequence` 合计查全率 ≥ 0.9。', '');
  const visible = x.views.filter((v) => !v.hidden);
  const trows = ['| 目标 | ' + visible.filter((v) => v.enforce).map((v) => v.name).join(' | ') + ' |', '|---|' + visible.filter((v) => v.enforce).map(() => '---:|').join('')];
  const enforced = visible.filter((v) => v.enforce).map((v) => x.targetsOf(v.results));
  enforced[0]?.forEach((t, i) => {
    trows.push(`| ${t.label} ≥ ${t.min} | ` + enforced.map((ts) => { const v = ts[i].score[ts[i].metric]; return `${f3(v)}${v >= ts[i].min ? ' ✔' : ' ✖'}`; }).join(' | ') + ' |');
  });
  parts.push(trows.join('\n'), '');
  parts.push(...byKind(x.shown));
  parts.push('## 各规则 Per rule', '');
  const shut = x.views.filter((v) => v.hidden);
  if (shut.length)
    parts.push(
      `尚未打开的封存轮（${shut.map((v) => `${v.name} ${v.results.length} 篇`).join('，')}）还没有人看过：它们的分数不在这里显示，也不计入“全部”，只计入 \`npm run eval\` 是否达标；轮到某一轮时，先用 \`--save-roundN\` 记下它打开前的分数再打开（下一轮留着不动）。`,
      '',
    );
  for (const v of visible) {
    parts.push(`### ${v.name}（${v.results.length} 篇）`, '', table(x.ruleTable(v.results), x.baseline?.[v.key]), '');
  }
  // Each opened round's views, named as in the tables above (view keys end in the round's folder name).
  const opened = ROUNDS.flatMap((n) => visible.filter((v) => v.key.endsWith('-' + roundDir(n))).map((v) => [String(n), v.key, v.name] as const));
  if (Object.keys(x.before).length) {
    parts.push('## 封存部分打开前的分数 Sealed parts, scored before they were opened', '', '调规则时没有看过这些文稿；下表是打开它们之前最后一次的分数，也就是 shengao 在没见过的文字上的真实表现。打开之后修正了其中暴露出的一般性错误，上面各轮的表因此不再是盲测；最新一轮（未打开的）才是。', '');
    for (const [round, key, name] of opened) {
      const t = x.before[round]?.[key];
      if (t) parts.push(`### ${name}（打开前）`, '', table(t), '');
    }
  }
  const misses = x.shown.flatMap((r) => r.missed.map((m) => ({ rule: m.rule, path: r.doc.path + (m.line === 'doc' ? '' : `:${m.line}`), text: m.why })));
  const extras = x.shown.flatMap((r) => r.extra.map((f) => ({ rule: f.rule, path: `${r.doc.path}:${f.line}`, text: f.message })));
  const scope = x.unseal ? '全部文稿（含最新一轮封存）' : '公开部分与已打开的封存部分（最新一轮封存不列出）';
  parts.push(`## 最大的遗漏 Largest misses — ${scope}`, '', ...(largest(misses, 10).length ? largest(misses, 10) : ['（无）']), '');
  parts.push(`## 最大的误报 Largest false alarms — ${scope}`, '', ...(largest(extras, 10).length ? largest(extras, 10) : ['（无）']), '');
  if (x.unscored?.length) parts.push(...renderUnscored(x.unscored));
  if (x.pairs)
    parts.push(
      '## 今年与去年对照 history/* on consecutive-year pairs',
      '',
      '`eval/pairs/`：同一作者或同一单位前后两年的真实文稿，标注（`expect.yaml`）在第一次运行之前写好并提交；见 `eval/pairs/README.md`。命中 = 结果与标注的行段重叠（±1 行）；标注为“可接受”的段落（今年有意引用去年计划，或政府工作报告每年都用的套话：开头、致谢、港澳台、宗教、国防、外交段落，只换了数字的目标和预算句）上的结果不计。单位的 35 对中：10 对是国务院政府工作报告 2009—2019 年的全文；16 对是 CnPack 开发组相邻两期的工作总结全文（月、季、半年、年）；9 对是截断的市、县、区政府工作报告和市发改委计划执行报告（只有开头的主要数字一段）。反向对照 `npx tsx scripts/history-control.ts` 把语料中每篇与另一单位的文稿配成“去年—今年”，应当没有任何结果。',
      '',
      ...renderPairs(x.pairs),
    );
  return parts.join('\n');
}
