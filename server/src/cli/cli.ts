// `shengao` as a function: arguments and an environment in, an exit code out.
// main.ts wires it to the real process; tests may call it directly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PackError } from '../packs/errors.js';
import { nodeHost, type PackHost } from '../packs/host.js';
import { COMMAND_HELP, USAGE, UsageError, parseArgs, parseJobs, type CheckArgs } from './args.js';
import { checkFiles, PreviousError, type CheckRun } from '../project/check-files.js';
import { countRun, TOOL } from './formatters/common.js';
import { formatStylish } from './formatters/stylish.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from './formatters/sarif.js';
import { init } from './init.js';
import { PackResolver } from '../project/packs.js';
import { structuredPatch } from 'diff';
import { explain, UnknownRuleError } from './explain.js';
import { formatPacks, listPacks } from './packs.js';
import { formatGithub } from './formatters/github.js';
import { formatHtml } from './formatters/html.js';
import { formatPackTests, packTestsFailed, packTestTargets, runPackTests } from './packs-test.js';
import { formatTrace, traceFiles, TraceInputError } from './trace.js';
import { renderTraceHtml } from '../trace/format.js';
import { escapeHtml, type ReviewExtraSection } from '../report/html.js';
import { loadSegmenter } from '../segmenters/index.js';
import type { FiguresArgs, TraceArgs } from './args.js';
import { formatFigures } from './formatters/figures.js';

/** The kinds of file a folder is searched for, as the messages name them. */
const DRAFT_KINDS = '.md / .markdown / .txt / .docx';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  host?: PackHost;
  /** All of standard input (for `shengao check -`). */
  readStdin?: () => Promise<Uint8Array>;
}

function say(io: CliIO, line: string): void {
  io.stderr.write(`shengao: ${line}\n`);
}

/** Colours: an explicit flag wins, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined, toFile: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

function onlyErrors(run: CheckRun): CheckRun {
  return { ...run, files: run.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) };
}

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const host = io.host ?? nodeHost();
  const envJobs = io.env.SHENGAO_JOBS;
  const jobs = args.jobs ?? (envJobs ? parseJobs(envJobs, '环境变量 SHENGAO_JOBS') : 'auto');
  const fromStdin = args.patterns.length === 1 && args.patterns[0] === '-';
  if (fromStdin && !io.readStdin) throw new UsageError('此处没有标准输入可读');
  if (args.printConfig !== undefined) return printConfig(args, io, host);
  const stdin = fromStdin ? { file: args.stdinFilename ?? 'stdin.txt', bytes: await io.readStdin!() } : undefined;
  let run = await checkFiles(args.patterns, {
    cwd: io.cwd,
    pack: args.pack,
    noConfig: args.noConfig,
    fix: args.fix,
    fixDryRun: args.fixDryRun,
    ignorePath: args.ignorePath,
    host,
    jobs,
    encoding: args.encoding,
    stdin,
    ledger: args.format === 'html',
    previous: args.previous,
  });
  if (io.env.SHENGAO_DEBUG) say(io, `检查了 ${run.files.length} 份文稿，${run.workers ? `${run.workers} 个工作线程` : '在主线程中'} (jobs: ${jobs})`);
  let code = EXIT_OK;

  for (const p of run.unmatched) {
    if (run.emptyFolders.includes(p)) say(io, `文件夹“${p}”中没有找到文稿（${DRAFT_KINDS}），未检查任何文件`);
    else say(io, `找不到“${p}”：没有这个文件或文件夹，也没有匹配的文稿（${DRAFT_KINDS}）`);
    code = EXIT_USAGE;
  }
  for (const p of run.configProblems) {
    const e = p.error;
    io.stderr.write(`${e instanceof PackError ? e.message : `shengao: ${e.message}`}\n`);
    say(io, `因规则包有误，未检查 ${p.paths.length} 个文稿：${p.paths.slice(0, 5).join('、')}${p.paths.length > 5 ? ' 等' : ''}`);
    code = EXIT_USAGE;
  }
  for (const s of run.skipped) {
    say(io, `${s.path}：${s.message}`);
    // A file the run refused to read (a device, a FIFO, too large, a link out of the tree) was not checked: never a clean run;
    // nor is a file the writer named that could not be checked (ESLint does the same).
    if (s.reason === 'refused' || s.named) code = EXIT_USAGE;
  }
  for (const f of run.files) for (const n of f.notes) say(io, `${f.path}：${n}`);
  for (const f of run.files) {
    for (const fail of f.failures) {
      say(io, `${f.path}：检查 ${fail.check} 未能完成，规则 ${fail.rules.join('、')} 的结果缺失：${fail.error.split('\n')[0]}`);
      // A rule that threw or ran out of time is a failed run (exit 2), whatever else was found.
      code = EXIT_USAGE;
    }
  }
  if (!args.patterns.length && !run.files.length && !run.skipped.length && !run.configProblems.length) {
    say(io, `${io.cwd} 下没有找到文稿（${DRAFT_KINDS}），未检查任何文件`);
  }

  if (args.quiet) run = onlyErrors(run);
  const toFile = args.output !== undefined;
  const color = useColor(args.color, io.env, io.stdout.isTTY, toFile);
  const report =
    args.format === 'json'
      ? formatJson(run, { fix: args.fix || args.fixDryRun })
      : args.format === 'sarif'
        ? formatSarif(run)
        : args.format === 'github'
          ? formatGithub(run)
          : args.format === 'html'
            ? formatHtml(run, {
                generatedAt: stamp(),
                generatedAtIso: new Date().toISOString(),
                docsUrl: io.env.SHENGAO_DOCS_URL?.trim() || undefined,
                extraSections: args.previous ? await planSections(args.previous, args, run, io) : undefined,
              })
            : (args.fixDryRun ? fixDiffs(run) : '') + formatStylish(run, { color, dryRun: args.fixDryRun });

  if (!emit(io, args.output, report)) return EXIT_USAGE;

  if (code === EXIT_USAGE) return code;
  const c = countRun(run);
  if (c.errors > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && c.warnings > args.maxWarnings) {
    say(io, `警告 ${c.warnings} 条，超过 --max-warnings ${args.maxWarnings} (too many warnings)`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** `--fix-dry-run`: what --fix would change, as a unified diff per file (nothing is written). */
function fixDiffs(run: CheckRun): string {
  const out: string[] = [];
  for (const f of run.files) {
    if (f.original === undefined) continue;
    // Headers written here: the diff library quotes non-ASCII names (git-style escapes), unreadable for 汉字 paths.
    out.push(`--- a/${f.path}`, `+++ b/${f.path}`);
    for (const h of structuredPatch(f.path, f.path, f.original, f.text, '', '', { context: 2 }).hunks) {
      out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
    }
  }
  return out.length ? `${out.join('\n')}\n\n` : '';
}

/** `--print-config FILE`: the configuration a check of FILE would use, as JSON (ESLint's --print-config). */
function printConfig(args: CheckArgs, io: CliIO, host: PackHost): number {
  const file = resolve(io.cwd, args.printConfig!);
  const resolved = new PackResolver(host, { noConfig: args.noConfig }).forFile(file, { pack: args.pack, from: io.cwd });
  const out = { file, configFile: resolved.configFile ?? null, pack: resolved.name, chain: resolved.pack.chain, ...resolved.pack.config };
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return EXIT_OK;
}

/**
 * With --previous, the HTML report also shows last year's plans against each draft (shengao
 * trace), one section per draft; a draft whose sections cannot be matched says why.
 */
async function planSections(previous: string, args: CheckArgs, run: CheckRun, io: CliIO): Promise<ReviewExtraSection[]> {
  const out: ReviewExtraSection[] = [];
  for (const [i, f] of run.files.entries()) {
    try {
      const t = await traceFiles(previous, f.file, { cwd: io.cwd, pack: args.pack, noConfig: args.noConfig, host: io.host ?? nodeHost() });
      const html = t.result.problems.length ? `<p>${t.result.problems.map(escapeHtml).join('；')}</p>` : renderTraceHtml(t.result, t.docs);
      out.push({ id: `trace-${i}`, title: `去年的工作打算落实情况：${f.path}`, html });
    } catch (e) {
      if (!(e instanceof TraceInputError)) throw e;
      say(io, e.message);
    }
  }
  return out;
}

/** Writes a report to `output` (creating its folder) or to stdout; false when the file cannot be written. */
function emit(io: CliIO, output: string | undefined, report: string): boolean {
  if (output === undefined) {
    io.stdout.write(report);
    return true;
  }
  const out = resolve(io.cwd, output);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, report, 'utf8');
    return true;
  } catch (e) {
    say(io, `无法写入报告文件 ${out}：${(e as Error).message}`);
    return false;
  }
}

function stamp(): string {
  return new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

async function trace(args: TraceArgs, io: CliIO): Promise<number> {
  let t;
  try {
    t = await traceFiles(args.last, args.current, { cwd: io.cwd, pack: args.pack, noConfig: args.noConfig, host: io.host ?? nodeHost() });
  } catch (e) {
    if (e instanceof TraceInputError) {
      say(io, e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  const toFile = args.output !== undefined;
  const report = formatTrace(t, args.format, { color: useColor(args.color, io.env, io.stdout.isTTY, toFile), generatedAt: stamp() });
  if (!emit(io, args.output, report)) return EXIT_USAGE;
  return t.result.problems.length ? EXIT_USAGE : EXIT_OK;
}

/** `shengao figures`: the ledger of each draft; problems reading them as `check` reports them. */
async function figures(args: FiguresArgs, io: CliIO): Promise<number> {
  const host = io.host ?? nodeHost();
  const run = await checkFiles(args.patterns, {
    cwd: io.cwd,
    pack: args.pack,
    noConfig: args.noConfig,
    host,
    jobs: 'auto',
    ledger: true,
    previous: args.previous,
  });
  let code = EXIT_OK;
  for (const p of run.unmatched) {
    say(io, `找不到“${p}”：没有这个文件或文件夹，也没有匹配的 .md / .txt 文稿`);
    code = EXIT_USAGE;
  }
  for (const p of run.configProblems) {
    io.stderr.write(`${p.error instanceof PackError ? p.error.message : `shengao: ${p.error.message}`}\n`);
    code = EXIT_USAGE;
  }
  for (const s of run.skipped) say(io, `${s.path}：${s.message}`);
  for (const f of run.files) if (!f.model.ledger) say(io, `${f.path}：数据核对表未能生成`);
  const report = formatFigures(run, args.format);
  // A CSV file gets a byte-order mark: spreadsheets then read it as UTF-8.
  if (!emit(io, args.output, args.output !== undefined && args.format === 'csv' ? `\uFEFF${report}` : report)) return EXIT_USAGE;
  return code;
}

export async function cli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help': {
        const topic = args.topic;
        if (topic && !COMMAND_HELP[topic]) throw new UsageError(`没有“${topic}”这个命令的帮助：可用 ${Object.keys(COMMAND_HELP).join('、')}`);
        io.stdout.write(topic ? COMMAND_HELP[topic] : USAGE);
        return EXIT_OK;
      }
      case 'version':
        io.stdout.write(`${TOOL.version}\n`);
        return EXIT_OK;
      case 'packs': {
        const host = io.host ?? nodeHost();
        if (args.test) {
          const reports = runPackTests(packTestTargets(args.test.spec, io.cwd, host), loadSegmenter());
          io.stdout.write(formatPackTests(reports, io.cwd, useColor(args.test.color, io.env, io.stdout.isTTY, false)));
          return packTestsFailed(reports) ? EXIT_FINDINGS : EXIT_OK;
        }
        io.stdout.write(formatPacks(listPacks(host)));
        return EXIT_OK;
      }
      case 'trace':
        return await trace(args, io);
      case 'figures':
        return await figures(args, io);
      case 'init': {
        const file = init(io.cwd, args.pack);
        io.stdout.write(`已写入 ${file}（继承 ${args.pack}）。按需修改后运行 shengao check。\n`);
        return EXIT_OK;
      }
      case 'check':
        return await check(args, io);
      case 'explain':
        try {
          io.stdout.write(explain(args.rule));
          return EXIT_OK;
        } catch (e) {
          if (!(e instanceof UnknownRuleError)) throw e;
          say(io, e.message);
          return EXIT_USAGE;
        }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      say(io, e.message);
      io.stderr.write('用法见 shengao --help\n');
      return EXIT_USAGE;
    }
    if (e instanceof PackError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof PreviousError) {
      say(io, e.message);
      return EXIT_USAGE;
    }
    const err = e as Error;
    say(io, `出错了：${err.message}`);
    if (io.env.SHENGAO_DEBUG) io.stderr.write(`${err.stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}
