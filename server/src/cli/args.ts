// Command-line parsing: `shengao <command> [options] [paths…]`. Hand-written so
// every message is Chinese and every mistake is a UsageError (exit code 2).
import { ENCODING_NAMES, parseEncoding, type Encoding } from '../project/decode.js';
import { nearest } from '../nearest.js';

export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'html';
export const FORMATS: Format[] = ['stylish', 'json', 'sarif', 'github', 'html'];
export type TraceFormat = 'stylish' | 'json' | 'html';
export const TRACE_FORMATS: TraceFormat[] = ['stylish', 'json', 'html'];

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CheckArgs {
  command: 'check';
  patterns: string[];
  pack?: string;
  format: Format;
  output?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  noConfig: boolean;
  /** undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color?: boolean;
  /** --jobs: threads that lint (1 = sequential); undefined: SHENGAO_JOBS, else 'auto'. */
  jobs?: number | 'auto';
  /** --encoding: read plain-text drafts in this encoding instead of detecting it. */
  encoding?: Encoding;
  /** `shengao check -`: the draft comes on standard input, named this (for its kind and its .shengao.yaml). */
  stdinFilename?: string;
  /** --fix-dry-run: compute the safe fixes and print them as a diff; write nothing. */
  fixDryRun?: boolean;
  /** --print-config FILE: print the configuration that applies to FILE instead of checking. */
  printConfig?: string;
  /** --ignore-path FILE: one more ignore file (gitignore syntax, patterns relative to the current folder). */
  ignorePath?: string;
  /** --previous: last year's report, for the history/* checks. */
  previous?: string;
}

export interface InitArgs {
  command: 'init';
  pack: string;
}

export interface PacksArgs {
  command: 'packs';
  /** `shengao packs test [PACK|PATH]`: run the pack's examples. */
  test?: { spec?: string; color?: boolean };
}

export interface TraceArgs {
  command: 'trace';
  last: string;
  current: string;
  format: TraceFormat;
  output?: string;
  pack?: string;
  noConfig: boolean;
  color?: boolean;
}

export interface ExplainArgs {
  command: 'explain';
  /** The rule id; none lists every rule. */
  rule?: string;
}

export interface FiguresArgs {
  command: 'figures';
  patterns: string[];
  format: 'table' | 'csv' | 'json';
  output?: string;
  pack?: string;
  noConfig: boolean;
  /** Last year's report: its history/* verdicts join the ledger. */
  previous?: string;
}

export interface InfoArgs {
  command: 'help' | 'version';
  /** Help for one command, when asked as `shengao check --help`. */
  topic?: string;
}

export type Args = CheckArgs | InitArgs | PacksArgs | TraceArgs | ExplainArgs | FiguresArgs | InfoArgs;

export const COMMANDS = ['check', 'init', 'packs', 'trace', 'explain', 'figures', 'help'] as const;

interface OptSpec {
  name: string;
  short?: string;
  /** Takes a value. */
  value?: boolean;
}

const CHECK_OPTS: OptSpec[] = [
  { name: 'pack', short: 'p', value: true },
  { name: 'format', short: 'f', value: true },
  { name: 'output', short: 'o', value: true },
  { name: 'max-warnings', value: true },
  { name: 'quiet', short: 'q' },
  { name: 'fix' },
  { name: 'no-config' },
  { name: 'color' },
  { name: 'no-color' },
  { name: 'jobs', short: 'j', value: true },
  { name: 'encoding', value: true },
  { name: 'stdin-filename', value: true },
  { name: 'config', short: 'c', value: true },
  { name: 'fix-dry-run' },
  { name: 'print-config', value: true },
  { name: 'ignore-path', value: true },
  { name: 'previous', value: true },
];
const INIT_OPTS: OptSpec[] = [{ name: 'pack', short: 'p', value: true }];
const PACKS_TEST_OPTS: OptSpec[] = [{ name: 'color' }, { name: 'no-color' }];
const TRACE_OPTS: OptSpec[] = [
  { name: 'pack', short: 'p', value: true },
  { name: 'format', short: 'f', value: true },
  { name: 'output', short: 'o', value: true },
  { name: 'no-config' },
  { name: 'color' },
  { name: 'no-color' },
];
const FIGURES_OPTS: OptSpec[] = [
  { name: 'pack', short: 'p', value: true },
  { name: 'format', short: 'f', value: true },
  { name: 'output', short: 'o', value: true },
  { name: 'no-config' },
  { name: 'previous', value: true },
];
export const FIGURES_FORMATS = ['table', 'csv', 'json'] as const;
const COMMON_OPTS: OptSpec[] = [
  { name: 'help', short: 'h' },
  { name: 'version', short: 'v' },
];

interface Parsed {
  opts: Map<string, string | true>;
  positionals: string[];
}

function parseOpts(argv: string[], specs: OptSpec[], command: string): Parsed {
  const all = [...specs, ...COMMON_OPTS];
  const opts = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positionals.push(a);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq >= 0 ? a.slice(eq + 1) : undefined;
    } else {
      const spec = all.find((s) => s.short === a.slice(1, 2));
      if (!spec) throw new UsageError(`不认识的选项 ${a}（${command} 可用的选项见 shengao ${command} --help）`);
      name = spec.name;
      if (a.length > 2) inline = a.slice(2);
    }
    const spec = all.find((s) => s.name === name);
    if (!spec) {
      const near = [
        ...new Set([
          ...all.filter((s) => s.name.includes(name) || name.includes(s.name)).map((s) => s.name),
          ...nearest(
            name,
            all.map((s) => s.name),
          ),
        ]),
      ].map((n) => `--${n}`);
      throw new UsageError(`不认识的选项 --${name}${near.length ? `，是否是 ${near.join('、')}？` : `（${command} 可用的选项见 shengao ${command} --help）`}`);
    }
    if (spec.value) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-') && v !== '-')) throw new UsageError(`选项 --${name} 需要一个值`);
      opts.set(name, v);
    } else {
      if (inline !== undefined) throw new UsageError(`选项 --${name} 不带值`);
      opts.set(name, true);
    }
  }
  return { opts, positionals };
}

function str(p: Parsed, name: string): string | undefined {
  const v = p.opts.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function parseArgs(argv: string[]): Args {
  const first = argv[0];
  if (first === undefined) return { command: 'help' };
  if (first === '--help' || first === '-h') return { command: 'help' };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'help') return { command: 'help', topic: argv[1] };
  if (first.startsWith('-')) {
    // `shengao --format json drafts/` reads as `shengao check --format json drafts/`.
    return parseCheck(argv);
  }
  if (first === 'check') return parseCheck(argv.slice(1));
  if (first === 'init') {
    const p = parseOpts(argv.slice(1), INIT_OPTS, 'init');
    if (p.opts.has('help')) return { command: 'help', topic: 'init' };
    if (p.positionals.length) throw new UsageError(`init 不接受参数：${p.positionals.join(' ')}`);
    return { command: 'init', pack: str(p, 'pack') ?? 'work-summary' };
  }
  if (first === 'packs' && argv[1] === 'test') {
    const p = parseOpts(argv.slice(2), PACKS_TEST_OPTS, 'packs test');
    if (p.opts.has('help')) return { command: 'help', topic: 'packs' };
    if (p.positionals.length > 1) throw new UsageError(`packs test 只接受一个规则包：${p.positionals.join(' ')}`);
    return { command: 'packs', test: { spec: p.positionals[0], color: p.opts.has('color') ? true : p.opts.has('no-color') ? false : undefined } };
  }
  if (first === 'trace') {
    const p = parseOpts(argv.slice(1), TRACE_OPTS, 'trace');
    if (p.opts.has('help')) return { command: 'help', topic: 'trace' };
    if (p.positionals.length !== 2) throw new UsageError(`trace 需要两个文稿：去年的总结和今年的总结（收到 ${p.positionals.length} 个）`);
    const format = str(p, 'format') ?? 'stylish';
    if (!(TRACE_FORMATS as string[]).includes(format)) throw new UsageError(`trace 不支持输出格式“${format}”：可用 ${TRACE_FORMATS.join(' / ')}`);
    const output = str(p, 'output');
    if (output === '') throw new UsageError('--output 需要一个文件路径');
    return {
      command: 'trace',
      last: p.positionals[0],
      current: p.positionals[1],
      format: format as TraceFormat,
      output,
      pack: str(p, 'pack'),
      noConfig: p.opts.has('no-config'),
      color: p.opts.has('color') ? true : p.opts.has('no-color') ? false : undefined,
    };
  }
  if (first === 'explain') {
    const p = parseOpts(argv.slice(1), [], 'explain');
    if (p.opts.has('help')) return { command: 'help', topic: 'explain' };
    if (p.positionals.length > 1) throw new UsageError(`explain 只接受一个规则编号：${p.positionals.join(' ')}`);
    return { command: 'explain', rule: p.positionals[0] };
  }
  if (first === 'figures') {
    const p = parseOpts(argv.slice(1), FIGURES_OPTS, 'figures');
    if (p.opts.has('help')) return { command: 'help', topic: 'figures' };
    const format = str(p, 'format') ?? 'table';
    if (!(FIGURES_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`figures 不支持输出格式“${format}”：可用 ${FIGURES_FORMATS.join(' / ')}`);
    const output = str(p, 'output');
    if (output === '') throw new UsageError('--output 需要一个文件路径');
    const previous = str(p, 'previous');
    if (previous === '') throw new UsageError('--previous 需要去年总结的文件路径');
    return {
      command: 'figures',
      patterns: p.positionals,
      format: format as FiguresArgs['format'],
      output,
      pack: str(p, 'pack'),
      noConfig: p.opts.has('no-config'),
      ...(previous !== undefined ? { previous } : {}),
    };
  }
  if (first === 'packs') {
    const p = parseOpts(argv.slice(1), [], 'packs');
    if (p.opts.has('help')) return { command: 'help', topic: 'packs' };
    if (p.positionals.length) throw new UsageError(`packs 不接受参数：${p.positionals.join(' ')}`);
    return { command: 'packs' };
  }
  const near = /[./\\]/.test(first) ? [] : nearest(first, COMMANDS);
  if (near.length) throw new UsageError(`不认识的命令“${first}”，是否是 shengao ${near[0]}？`);
  throw new UsageError(`不认识的命令“${first}”。可用的命令：${COMMANDS.join('、')}（检查文件请写 shengao check ${first}）`);
}

/** `--jobs` / SHENGAO_JOBS: a whole number ≥ 1, or auto. */
export function parseJobs(v: string, from: string): number | 'auto' {
  if (v === 'auto') return 'auto';
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${from} 应为不小于 1 的整数或 auto，而不是“${v}”`);
  return Number(v);
}

function parseCheck(argv: string[]): Args {
  const p = parseOpts(argv, CHECK_OPTS, 'check');
  if (p.opts.has('help')) return { command: 'help', topic: 'check' };
  if (p.opts.has('version')) return { command: 'version' };
  const format = str(p, 'format') ?? 'stylish';
  if (!(FORMATS as string[]).includes(format)) throw new UsageError(`不支持的输出格式“${format}”：可用 ${FORMATS.join(' / ')}`);
  let maxWarnings: number | undefined;
  const mw = str(p, 'max-warnings');
  if (mw !== undefined) {
    if (!/^\d+$/.test(mw)) throw new UsageError(`--max-warnings 应为不小于 0 的整数，而不是“${mw}”`);
    maxWarnings = Number(mw);
  }
  if (p.opts.has('color') && p.opts.has('no-color')) throw new UsageError('--color 与 --no-color 不能同时使用');
  const output = str(p, 'output');
  if (output === '') throw new UsageError('--output 需要一个文件路径');
  const jobs = str(p, 'jobs');
  const stdinFilename = str(p, 'stdin-filename');
  if (p.opts.has('fix') && p.opts.has('fix-dry-run')) throw new UsageError('--fix 与 --fix-dry-run 不能同时使用');
  const config = str(p, 'config');
  if (config !== undefined && p.opts.has('pack')) throw new UsageError('-c/--config 与 --pack 不能同时使用（都指定用哪份规则）');
  if (config !== undefined && p.opts.has('no-config')) throw new UsageError('-c/--config 与 --no-config 不能同时使用');
  if (p.positionals.includes('-')) {
    if (p.positionals.length > 1) throw new UsageError('“-”（从标准输入读文稿）不能与其他路径同时使用');
    if (p.opts.has('fix')) throw new UsageError('--fix 不能用于标准输入：没有可写回的文件');
  } else if (stdinFilename !== undefined) throw new UsageError('--stdin-filename 只与“-”（从标准输入读文稿）一起使用');
  const enc = str(p, 'encoding');
  const encoding = enc === undefined ? undefined : parseEncoding(enc);
  if (enc !== undefined && !encoding)
    throw new UsageError(
      `不支持的编码“${enc}”：可用 ${Object.keys(ENCODING_NAMES)
        .filter((n) => n.includes('-') || n.startsWith('gb'))
        .join(' / ')}`,
    );
  const previous = str(p, 'previous');
  if (previous === '') throw new UsageError('--previous 需要去年总结的文件路径');
  return {
    command: 'check',
    patterns: p.positionals,
    // -c FILE is a configuration file used for every draft: a pack given by its path.
    pack: str(p, 'pack') ?? (config !== undefined ? (/[\\/]/.test(config) ? config : `./${config}`) : undefined),
    format: format as Format,
    output,
    maxWarnings,
    quiet: p.opts.has('quiet'),
    fix: p.opts.has('fix'),
    ...(p.opts.has('fix-dry-run') ? { fixDryRun: true } : {}),
    ...(str(p, 'print-config') !== undefined ? { printConfig: str(p, 'print-config') } : {}),
    ...(str(p, 'ignore-path') !== undefined ? { ignorePath: str(p, 'ignore-path') } : {}),
    noConfig: p.opts.has('no-config'),
    color: p.opts.has('color') ? true : p.opts.has('no-color') ? false : undefined,
    ...(jobs !== undefined ? { jobs: parseJobs(jobs, '--jobs') } : {}),
    ...(encoding ? { encoding } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    ...(previous !== undefined ? { previous } : {}),
  };
}

export const USAGE = `审稿 shengao —— 工作总结、述职报告的审稿助手
shengao — a linter for Chinese work reports

用法 Usage:
  shengao check [路径|通配符…] [选项]   检查文稿（默认：当前文件夹下的 *.md、*.txt、*.docx）
  shengao init [--pack 包名]            在当前文件夹写一份 .shengao.yaml 起始配置
  shengao packs                         列出内置规则包
  shengao packs test [包名|路径]         运行规则包自带的 examples（自测）
  shengao trace 去年.txt 今年.txt        对照去年的工作打算，看今年是否落实
  shengao explain [规则编号]             在终端里看某条规则的说明、理由和改前改后的例子
  shengao figures [路径…] [-f table|csv|json]  数据核对表：每个数据的位置、指标、数值、口径与核对结果
  shengao --help | --version

check 选项 Options:
  -p, --pack 包名|路径     使用指定规则包，不读 .shengao.yaml   (use this pack, ignore config files)
  -f, --format 格式        stylish（默认）| json | sarif | github | html (output format)
  -o, --output 文件        把报告写入文件而不是标准输出           (write the report to a file)
      --max-warnings N     警告多于 N 条时以 1 退出               (fail when warnings exceed N)
  -q, --quiet              只报告错误级别的问题                   (report errors only)
      --fix                就地应用安全的自动修复                 (apply safe fixes in place)
      --fix-dry-run        只打印修复的 diff，不改文件            (print the fixes as a diff)
  -c, --config 文件        用这份配置检查全部文稿                 (use this config file)
      --no-config          不读 .shengao.yaml，使用默认包 work-summary (ignore config files)
      --color, --no-color  强制开启/关闭颜色（也认 NO_COLOR、FORCE_COLOR）
  -j, --jobs N|auto        并行检查的线程数，1 为逐个检查；默认 auto  (threads; 1 = sequential)
      --encoding 编码      按指定编码读取文稿：utf-8 | utf-16le | utf-16be | gbk | gb18030
                           （默认自动识别 UTF-8、带 BOM 的 UTF-16、GBK/GB18030）(force an encoding)
      --previous 去年.md   与去年的总结对照：上年数字、同比增幅、雷同段落、过时日期（history/*）

退出码 Exit codes:
  0  没有错误（可以有警告）                 no errors
  1  有错误级别的问题，或警告超过 --max-warnings   errors found, or too many warnings
  2  用法或配置错误（选项不对、规则包有误），或点名的文件无法检查（读不了、编码无法识别）
     usage or configuration error, or a file named on the command line could not be checked

示例 Examples:
  shengao check                       检查当前文件夹下的全部文稿
  shengao check 2024年工作总结.txt --fix
  shengao check drafts --format sarif --output shengao.sarif
  shengao check drafts --format html --output review.html   审稿报告（单个 HTML 文件）
  shengao check "述职/**/*.md" --pack debriefing --max-warnings 0
`;

export const COMMAND_HELP: Record<string, string> = {
  explain: `用法：shengao explain [规则编号]

打印一条规则的说明：检查什么、为什么、依据的标准、默认级别、能否自动修复、改前改后的例子，
以及安装目录里 docs/rules.md 中该规则的位置。不给编号时列出全部规则。
例：shengao explain outline/sequence
`,
  check: `用法：shengao check [路径|通配符…] [选项]

检查文稿。路径可以是文件、文件夹或通配符（如 "drafts/**/*.md"）；不给路径时检查当前
文件夹下的全部 .md、.markdown、.txt 和 Word .docx 文件（扩展名不分大小写），跳过 node_modules
和 .gitignore 忽略的文件。.docx 按阅读顺序读出正文、表格和脚注，自动编号照 Word 显示的算出；
问题另注明在 Word 中的段落。--fix 不改写 .docx；旧版 .doc / .wps、加密或损坏的文件会说明原因。
每份文稿使用离它最近的 .shengao.yaml（向上查找），没有时使用内置包 work-summary。

选项：
  -p, --pack 包名|路径     使用指定规则包（内置包名、YAML 路径或 npm 包名），不读 .shengao.yaml
  -f, --format 格式        stylish（默认）| json | sarif | github（GitHub Actions 注释）| html（审稿报告）
  -o, --output 文件        把报告写入文件
      --max-warnings N     警告多于 N 条时以 1 退出
  -q, --quiet              只报告、只统计错误
      --fix                就地应用安全的自动修复（CLI 只在此时改写文稿）
      --no-config          不读 .shengao.yaml
      --color, --no-color  强制开启/关闭颜色
  -j, --jobs N|auto        用几个线程并行检查（也认环境变量 SHENGAO_JOBS）。默认 auto：文稿够多时
                           每两个 CPU 核一个线程（2 核及以下、文稿少时都在主线程里检查）；1 = 逐个检查。
                           报告与逐个检查时完全相同（顺序、内容），--fix 每个文件只由一个线程改写。
  -c, --config 文件        用这份配置（.shengao.yaml 格式）检查全部文稿，不再查找各文件夹的 .shengao.yaml
      --fix-dry-run        算出安全的自动修复，以 diff 打印出来，不改动任何文件
      --print-config 文稿  打印检查这份文稿时实际用的配置（规则包链、各规则级别与选项），不做检查
      --ignore-path 文件   另一份忽略文件（.gitignore 语法，相对当前文件夹）；各文件夹的 .shengaoignore 也会读
  -                        从标准输入读一份文稿（如 pbpaste | shengao check - --stdin-filename 总结.md）
      --stdin-filename 名  标准输入的文稿按此文件名处理：决定 .md / .txt / .docx 和用哪个 .shengao.yaml
      --encoding 编码      按指定编码读取 .md / .txt：utf-8 | utf-16le | utf-16be | gbk | gb18030。
                           默认自动识别：UTF-8（有无 BOM 均可）、带 BOM 的 UTF-16（Windows“Unicode”）、
                           GBK/GB18030（按 GBK 读取时会在标准错误里说明）。非 UTF-8 文件不做 --fix 改写。
      --previous 文件      去年的总结：与它对照，报告 history/restated（上年数字与去年所报不符）、
                           history/growth（同比增幅算不出）、history/copied（与去年雷同的段落）、
                           history/stale-date（沿用去年的日期、已过的完成时限）。

命令行上点名的文件若无法检查（读取失败、二进制、编码无法识别），以 2 退出；
文件夹里找不到任何文稿时也会说明。
`,
  init: `用法：shengao init [--pack 包名]

在当前文件夹写一份带中文注释的 .shengao.yaml 起始配置，继承指定的内置包（默认 work-summary）。
已有 .shengao.yaml 时不覆盖，以 2 退出。
`,
  trace: `用法：shengao trace 去年的总结 今年的总结 [选项]

把去年“下步工作打算”的每一项与今年“工作情况”的各项对照（按分词后的关键词加权匹配），
列出已落实、部分落实和未见落实的打算，并给出最接近的内容与共有的关键词。

选项：
  -f, --format 格式        stylish（默认）| json | html
  -o, --output 文件        把结果写入文件
  -p, --pack 包名|路径     使用指定规则包识别各部分，不读 .shengao.yaml
      --no-config          不读 .shengao.yaml
      --color, --no-color  强制开启/关闭颜色
`,
  figures: `用法：shengao figures [路径|通配符…] [选项]

数据核对表（审稿人的数据台账）：列出每份文稿中的每个数据——所在行列、所指的指标、原文、
数值（约数给出区间）、单位、约数词、句中给出的期间或口径（全年、上半年、较上年、截至10月底），
以及用到它的核对（numbers/sum 分项之和、numbers/conflict 前后一致等）和结论（相符 / 不符 / 未定）。
路径的写法与 shengao check 相同。

选项：
  -f, --format 格式        table（默认）| csv（可用表格软件打开）| json
  -o, --output 文件        写入文件（csv 文件带 UTF-8 BOM，便于 Excel 识别）
  -p, --pack 包名|路径     使用指定规则包，不读 .shengao.yaml
      --no-config          不读 .shengao.yaml
      --previous 文件      去年的总结：上年数字、同比增幅的核对（history/restated、history/growth）一并列出

退出码：0 正常列出；2 路径或规则包有误。有核对不符的数据不改变退出码（用 shengao check 把关）。
`,
  packs: `用法：shengao packs
       shengao packs test [包名|路径]

shengao packs test 运行规则包的 examples（自带的和继承来的），逐条显示通过与否；
未通过的例子给出所在文件和行号，并以 1 退出。不给包名时测试当前文件夹的 .shengao.yaml，
没有时测试全部内置包。路径可以是 YAML 文件，或含 pack.yaml / package.json（"shengao" 字段）的文件夹。

列出内置规则包及其说明。
`,
};
