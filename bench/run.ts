// `npm run bench`: generates drafts into a temp dir and runs, side by side in
// one run, a bare unified+remark-parse parse, shengao's engine, shengao's CLI,
// textlint (prh + sentence-length + no-todo) and markdownlint-cli2 (defaults).
// Prints medians, the budget ratios, peak memory and the growth exponent, and
// writes BENCHMARKS.md. Nothing is installed at run time: the peers are devDependencies.
//
//   npm run bench                 full run (≈ 3–5 minutes on 2 cores)
//   npm run bench -- --quick      fewer repetitions (a check that everything runs)
//   npm run bench -- --no-lsp     skip the language-server session
//   npm run bench -- --out FILE   write the report elsewhere (default BENCHMARKS.md)
//   npm run bench -- --cli-only   only the CLI throughput section (prints it, writes nothing)
//   npm run bench -- --rounds N   CLI rounds (default 5, 1 with --quick)
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { loadFixtures, generateCorpus, generateDraft } from './generate';
import { ROOT, engineSetup, growthExponent, median, prhYaml, type EngineSample } from './lib';
import { runLspBench, lspMarkdown, LSP_START, LSP_END, type LspResult } from './lsp';
import { DEFAULT_SEGMENTER } from '../server/src/segmenters/index';
import { draftToDocx, measureDocx } from './docx';

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const withLsp = !argv.includes('--no-lsp');
  const outFile = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : join(ROOT, 'BENCHMARKS.md');

  const SIZES = [2_000, 10_000, 100_000, 1_000_000];
  const REPS: Record<number, [runs: number, warmup: number]> = quick
    ? { 2000: [5, 2], 10000: [5, 2], 100000: [3, 1], 1000000: [1, 0] }
    : { 2000: [41, 15], 10000: [25, 8], 100000: [11, 3], 1000000: [5, 1] };
  const cliOnly = argv.includes('--cli-only');
  const CLI_ROUNDS = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : quick ? 1 : 5;
  const CORPUS = { count: 200, min: 2_000, max: 10_000 };

  const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
  const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  const fmtChars = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

  function log(s: string): void {
    process.stderr.write(s + '\n');
  }

  // ── drafts ────────────────────────────────────────────────────────────────
  const tmp = mkdtempSync(join(tmpdir(), 'shengao-bench-'));
  const fx = loadFixtures();
  const draftDir = join(tmp, 'drafts');
  const corpusDir = join(tmp, 'corpus');
  mkdirSync(draftDir);
  mkdirSync(corpusDir);
  const draftFiles = SIZES.map((n) => {
    const f = join(draftDir, `draft-${fmtChars(n)}.md`);
    writeFileSync(f, generateDraft(fx, { chars: n, seed: n }));
    return f;
  });
  const corpus = generateCorpus(fx, CORPUS.count, CORPUS.min, CORPUS.max);
  corpus.forEach((text, i) => writeFileSync(join(corpusDir, `${String(i + 1).padStart(3, '0')}-工作总结.md`), text));
  const corpusFiles = corpus.map((_, i) => join(corpusDir, `${String(i + 1).padStart(3, '0')}-工作总结.md`));
  const corpusChars = corpus.reduce((a, t) => a + t.length, 0);
  log(`drafts in ${tmp}: ${SIZES.map(fmtChars).join(' / ')} + ${CORPUS.count} files, ${corpusChars} chars in all`);

  // textlint: the three comparable rules, prh fed with our term list.
  const textlintDir = join(tmp, 'textlint');
  mkdirSync(textlintDir);
  const terms = engineSetup().config.terms;
  writeFileSync(join(textlintDir, 'prh.yml'), prhYaml(terms));
  writeFileSync(
    join(textlintDir, 'textlintrc.json'),
    JSON.stringify({ rules: { prh: { rulePaths: [join(textlintDir, 'prh.yml')] }, 'sentence-length': true, 'no-todo': true } }, null, 2),
  );

  if (cliOnly) {
    const { tools, cliMed } = runCli(corpusDir, corpusFiles, textlintDir, CLI_ROUNDS, log);
    console.log(`CLI, ${CORPUS.count} files, ${corpusChars} chars (medians of ${CLI_ROUNDS})`);
    tools.forEach((t, i) => console.log(`  ${t.name.padEnd(42)} ${fmtMs(cliMed[i]).padStart(9)}  ${(cliMed[i] / cliMed[1]).toFixed(2)}×`));
    console.log(`markdownlint-cli2 ÷ shengao CLI: ${(cliMed[3] / cliMed[1]).toFixed(2)}×`);
    rmSync(tmp, { recursive: true, force: true });
    return;
  }

  // ── engine vs parse, one child process per size ────────────────────────────
  // The engine is measured as it ships: bundled by esbuild like dist/cli.js (not through
  // tsx, whose keep-names wrappers slow closures down), in node_modules/.cache so that
  // the optional native segmenters resolve from the repository.
  const bundle = join(ROOT, 'node_modules/.cache/shengao-bench/inproc.js');
  buildSync({
    entryPoints: [join(__dirname, 'inproc.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external: ['@node-rs/jieba', '@node-rs/jieba/dict', 'nodejieba'],
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
  // jieba-ts reads its data next to the bundle, as dist/server.js and dist/cli.js do.
  copyFileSync(join(ROOT, 'dist', 'jieba-ts.bin'), join(dirname(bundle), 'jieba-ts.bin'));
  const engine: (EngineSample & { maxRssKb: number })[] = [];
  for (const [i, n] of SIZES.entries()) {
    const [runs, warmup] = REPS[n];
    log(`engine vs parse: ${fmtChars(n)} (${runs} runs)…`);
    const r = spawnSync(process.execPath, [bundle, draftFiles[i], String(runs), String(warmup)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, SHENGAO_BENCH_ROOT: ROOT },
    });
    if (r.status !== 0) throw new Error(`engine run for ${fmtChars(n)} failed:\n${r.stderr}`);
    engine.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }

  // ── Word: reading a ~300-page .docx against a bare parse of the text it yields ──
  log('docx: 300 pages…');
  const DOCX_PAGES = 300;
  const docx = measureDocx(draftToDocx(generateDraft(fx, { chars: DOCX_PAGES * 700, seed: DOCX_PAGES })), quick ? 3 : 11, quick ? 1 : 3);

  const { tools, cli, cliMed } = runCli(corpusDir, corpusFiles, textlintDir, CLI_ROUNDS, log);

  // ── language server ─────────────────────────────────────────────────────────
  let lsp: LspResult | undefined;
  if (withLsp && existsSync(join(ROOT, 'dist/server.js'))) {
    log('language server session…');
    lsp = await runLspBench({ quick, log });
  }

  // ── report ───────────────────────────────────────────────────────────────
  const P = engine.map((e) => median(e.parseMs));
  const E = engine.map((e) => median(e.engineMs));
  const ratio = (i: number) => E[i] / P[i];
  const [parseAll, shengao, textlint, markdownlint] = cliMed;
  // A draft past the engine's size limit (engine/limits: Markdown is read up to 200,000
  // characters) is only partly checked: the growth is fitted over the drafts read in full.
  const full = SIZES.map((_, i) => i).filter((i) => !engine[i].byRule['engine/limits']);
  const fitted = `${fmtChars(SIZES[full[0]])} → ${fmtChars(SIZES[full[full.length - 1]])}`;
  const expEngine = growthExponent(full.map((i) => ({ x: engine[i].chars, y: E[i] })));
  const expParse = growthExponent(full.map((i) => ({ x: engine[i].chars, y: P[i] })));

  const budgets: { what: string; value: string; limit: string; ok: boolean }[] = [
    { what: 'Engine ÷ parse, 10k', value: `${ratio(1).toFixed(2)}×`, limit: '≤ 2×', ok: ratio(1) <= 2 },
    { what: 'Engine ÷ parse, 100k', value: `${ratio(2).toFixed(2)}×`, limit: '≤ 2.5×', ok: ratio(2) <= 2.5 },
    { what: 'textlint ÷ shengao CLI', value: `${(textlint / shengao).toFixed(2)}×`, limit: '≥ 3×', ok: textlint / shengao >= 3 },
    { what: 'markdownlint-cli2 ÷ shengao CLI', value: `${(markdownlint / shengao).toFixed(2)}×`, limit: '> 1×', ok: markdownlint / shengao > 1 },
    { what: `Growth exponent of the engine, ${fitted}`, value: expEngine.toFixed(2), limit: '≈ 1 (≤ 1.15)', ok: expEngine <= 1.15 },
    {
      what: `Reading a ${DOCX_PAGES}-page .docx ÷ bare parse of its text`,
      value: `${(docx.readMs / docx.parseMs).toFixed(2)}×`,
      limit: '≤ 0.5×',
      ok: docx.readMs / docx.parseMs <= 0.5,
    },
  ];
  if (lsp) budgets.push(...lsp.budgets);

  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.versions.node}, ${process.platform}-${process.arch}, load average at start ${loadavg()[0].toFixed(2)}, ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`;

  const md: string[] = [];
  md.push('# Benchmarks', '');
  md.push('<!-- Generated by `npm run bench` (bench/run.ts). Do not edit by hand: rerun it. -->', '');
  md.push(`Machine: ${machine}`, '');
  md.push('## Budgets', '', '| Budget | Measured | Limit | |', '|---|---|---|---|');
  for (const b of budgets) md.push(`| ${b.what} | ${b.value} | ${b.limit} | ${b.ok ? '✅' : '❌'} |`);
  md.push('');
  md.push('## Engine vs bare parse (one process, medians)', '');
  md.push(
    `Full default rule set (\`${'work-summary'}\` pack, every check on), segmentation on (\`${DEFAULT_SEGMENTER}\`), \`lint()\` on a new model every run; ` +
      'the bare parse is `unified().use(remarkParse).parse(text)` of the same text, interleaved with the engine runs.',
    '',
  );
  md.push('| Draft | Chars | Runs | Bare parse | shengao engine | Ratio | Findings | Peak RSS |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  engine.forEach((e, i) =>
    md.push(
      `| ${fmtChars(SIZES[i])}${full.includes(i) ? '' : ' ¹'} | ${e.chars} | ${e.engineMs.length} | ${fmtMs(P[i])} | ${fmtMs(E[i])} | ${ratio(i).toFixed(2)}× | ${e.findings} | ${fmtMb(e.maxRssKb)} |`,
    ),
  );
  if (full.length < SIZES.length) {
    md.push(
      '',
      "¹ Past the engine's size limit: `engine/limits` reports that only the first 200,000 characters of a Markdown draft were checked, so this row is not a full lint and is left out of the growth fit.",
    );
  }
  md.push(
    '',
    `Word: a generated ${DOCX_PAGES}-page .docx (${(docx.bytes / 1024).toFixed(0)} KB, ${docx.chars} characters of text; heading styles with automatic numbering, tables, tracked changes, footnotes) is read in ${fmtMs(docx.readMs)} by \`readDocx\` (unzip, XML, numbering); a bare parse of the text it yields takes ${fmtMs(docx.parseMs)} (medians, \`bench/docx.ts\`).`,
  );
  md.push(
    '',
    `Growth from ${fitted} characters (log-log slope of the medians): engine **${expEngine.toFixed(2)}**, bare parse ${expParse.toFixed(2)} (1.00 = linear).`,
    '',
  );
  const rulesSeen = [...new Set(engine.flatMap((e) => Object.keys(e.byRule)))].sort();
  md.push(`Findings at 100k by rule: ${rulesSeen.map((r) => `${r} ${engine[2].byRule[r] ?? 0}`).join(', ')}.`, '');
  const failures = [...new Set(engine.flatMap((e) => e.failures))];
  if (failures.length) md.push(`**Check failures during the run:** ${failures.join('; ')}`, '');
  md.push(`## CLI throughput: ${CORPUS.count} drafts of ${CORPUS.min / 1000}–${CORPUS.max / 1000}k characters (${corpusChars} in all)`, '');
  md.push(`Each tool runs as \`node <its bin>\` over the same files, whole process (start-up included), ${CLI_ROUNDS} rounds in rotating order; medians.`, '');
  md.push('| Tool | Median | ÷ shengao | Peak RSS |', '|---|---:|---:|---:|');
  tools.forEach((t, i) =>
    md.push(`| ${t.name} | ${fmtMs(cliMed[i])} | ${(cliMed[i] / shengao).toFixed(2)}× | ${cli[i].rssKb.length ? fmtMb(Math.max(...cli[i].rssKb)) : '–'} |`),
  );
  md.push('');
  md.push(
    'textlint runs `textlint-rule-prh` with a dictionary generated from `rules/terms.yaml` ' +
      `(${terms.length} terms; context conditions become lookarounds), \`textlint-rule-sentence-length\` and \`textlint-rule-no-todo\` with their defaults. ` +
      'markdownlint-cli2 runs with no configuration. The bare parse is `bench/parse-all.mjs`.',
    '',
  );
  md.push(LSP_START);
  md.push(lsp ? lspMarkdown(lsp) : '_Language-server session not run (`dist/server.js` missing or `--no-lsp`)._');
  md.push(LSP_END, '');
  md.push(
    '## Reproduce',
    '',
    '```sh',
    'npm ci',
    'npm run bench        # writes BENCHMARKS.md (≈ 5 minutes)',
    'npm run bench:lsp    # the language-server session only',
    '```',
    '',
  );
  md.push(`Drafts are generated from \`bench/fixtures/\` (deterministic seeds); the ratios are measured in one run, so they hold on a loaded machine too.`, '');
  writeFileSync(outFile, md.join('\n'));

  // The README quotes the budget table: regenerated here, never typed.
  const readme = join(ROOT, 'README.md');
  if (outFile === join(ROOT, 'BENCHMARKS.md') && existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const a = text.indexOf(README_START);
    const b = text.indexOf(README_END);
    if (a >= 0 && b > a) {
      const rows = [
        `摘自 [BENCHMARKS.md](BENCHMARKS.md)（${machine}）：`,
        '',
        '| 预算 Budget | 实测 Measured | 上限 Limit | |',
        '|---|---:|---:|---|',
        ...budgets.map((x) => `| ${x.what} | ${x.value} | ${x.limit} | ${x.ok ? '✅' : '❌'} |`),
        '',
        `引擎 ${engine.map((e, i) => `${fmtChars(SIZES[i])} ${fmtMs(E[i])}（裸解析 ${fmtMs(P[i])}）`).join('，')}；CLI 200 篇：shengao ${fmtMs(shengao)}，textlint ${fmtMs(textlint)}，markdownlint-cli2 ${fmtMs(markdownlint)}，裸 remark 解析 ${fmtMs(parseAll)}。`,
      ];
      writeFileSync(readme, text.slice(0, a + README_START.length) + '\n' + rows.join('\n') + '\n' + text.slice(b));
    }
  }

  // Console table.
  const rows: string[][] = [['', 'chars', 'parse', 'engine', 'ratio', 'peak RSS']];
  engine.forEach((e, i) => rows.push([fmtChars(SIZES[i]), String(e.chars), fmtMs(P[i]), fmtMs(E[i]), `${ratio(i).toFixed(2)}×`, fmtMb(e.maxRssKb)]));
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log('\nEngine vs bare remark parse (medians)');
  for (const r of rows) console.log(r.map((c, k) => c.padStart(width[k])).join('  '));
  console.log(
    `growth exponent ${fitted}: engine ${expEngine.toFixed(2)}, parse ${expParse.toFixed(2)}${full.length < SIZES.length ? ' (larger drafts hit engine/limits)' : ''}`,
  );
  console.log(`\nCLI, ${CORPUS.count} files (medians of ${CLI_ROUNDS})`);
  tools.forEach((t, i) =>
    console.log(
      `  ${t.name.padEnd(42)} ${fmtMs(cliMed[i]).padStart(9)}  ${(cliMed[i] / shengao).toFixed(2)}×  ${cli[i].rssKb.length ? fmtMb(Math.max(...cli[i].rssKb)) : ''}`,
    ),
  );
  if (lsp) console.log('\n' + lspMarkdown(lsp));
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'FAIL'} ${b.what}: ${b.value} (${b.limit})`);
  console.log(`\nwrote ${relative(process.cwd(), outFile) || outFile}; machine: ${machine}`);
  rmSync(tmp, { recursive: true, force: true });
}

interface Tool {
  name: string;
  cmd: string[];
  cwd: string;
  ok: number[];
}

// ── CLI throughput: whole processes over the same 200 files ─────────────────
function runCli(corpusDir: string, corpusFiles: string[], textlintDir: string, CLI_ROUNDS: number, log: (s: string) => void) {
  const tmp = dirname(corpusDir);
  const bin = (p: string) => join(ROOT, p);
  const tools: Tool[] = [
    { name: 'remark-parse (bare, all files)', cmd: [bin('bench/parse-all.mjs'), corpusDir], cwd: ROOT, ok: [0] },
    { name: 'shengao check', cmd: [bin('bin/shengao.js'), 'check', corpusDir], cwd: corpusDir, ok: [0, 1] },
    {
      name: 'textlint (prh, sentence-length, no-todo)',
      cmd: [bin('node_modules/textlint/bin/textlint.js'), '--no-color', '--config', join(textlintDir, 'textlintrc.json'), ...corpusFiles],
      cwd: ROOT,
      ok: [0, 1],
    },
    { name: 'markdownlint-cli2 0.18.1 (defaults)', cmd: [bin('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '*.md'], cwd: corpusDir, ok: [0, 1] },
  ];
  const probe = join(__dirname, 'rss-probe.cjs');
  const cli = tools.map(() => ({ ms: [] as number[], rssKb: [] as number[], out: '' }));
  for (let round = 0; round < CLI_ROUNDS; round++) {
    // Rotate the order every round so no tool always runs first or last.
    for (let k = 0; k < tools.length; k++) {
      const ti = (k + round) % tools.length;
      const t = tools[ti];
      log(`CLI round ${round + 1}/${CLI_ROUNDS}: ${t.name}…`);
      const rssFile = join(tmp, `rss-${ti}-${round}.txt`);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, t.cmd, {
        cwd: t.cwd,
        encoding: 'utf8',
        maxBuffer: 256 << 20,
        env: {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${probe}`.trim(),
          SHENGAO_BENCH_RSS_FILE: rssFile,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      });
      const dt = performance.now() - t0;
      if (r.status === null || !t.ok.includes(r.status)) throw new Error(`${t.name} exited with ${r.status ?? r.signal}:\n${r.stderr.slice(0, 2000)}`);
      cli[ti].ms.push(dt);
      if (existsSync(rssFile)) cli[ti].rssKb.push(Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)));
      cli[ti].out = `${r.stdout.split('\n').length} output lines`;
    }
  }
  return { tools, cli, cliMed: cli.map((c) => median(c.ms)) };
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
