// The programmatic core of `shengao check`: discover drafts, pick each one's
// pack, read it safely, lint it (and apply safe fixes when asked). No output,
// no process exit — the CLI, the HTML report and the language server's
// "check workspace" all build on this.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { LineIndex, type Bounds, type DocumentKind, type EngineConfig, type Finding, type ReportModel, type Segmenter } from '../engine/index.js';
import { kindOfPath } from './files.js';
import type { CheckFailure } from '../engine/index.js';
import { PackError } from '../packs/errors.js';
import { nodeHost, type PackHost } from '../packs/host.js';
import { loadSegmenter } from '../segmenters/index.js';
import { MAX_DRAFT_BYTES, readRegularFile } from './safe-read.js';
import { decodeBytes, ENCODING_LABEL, type Decoded, type Encoding } from './decode.js';
import { isDocxPath, readDraft, type DraftRead } from './read-draft.js';
import { MAX_DOCX_BYTES, type SourceSpan } from '../docx/index.js';
import { discover } from './discover.js';
import { type DraftJob, type DraftModel, type DraftOutcome } from './lint-draft.js';
import { lintDrafts } from './lint-batch.js';
import { LintPool, threadCount, workerScript } from './pool.js';
import { PackResolver, type ResolvedPack } from './packs.js';

export type { DraftModel } from './lint-draft.js';

export interface CheckFilesOptions {
  /** Folder patterns are relative to, and paths are reported from. Default: process.cwd(). */
  cwd?: string;
  /** Built-in pack name, YAML path or npm package: overrides .shengao.yaml files. */
  pack?: string;
  /** Ignore .shengao.yaml files (use `pack`, or the built-in default). */
  noConfig?: boolean;
  /** Apply safe fixes and write changed files back. */
  fix?: boolean;
  /** Compute safe fixes without writing them: `FileResult.original` keeps the text as it was. */
  fixDryRun?: boolean;
  /** One more ignore file (gitignore syntax, patterns relative to cwd) for what folders and globs find. */
  ignorePath?: string;
  host?: PackHost;
  segmenter?: Segmenter;
  /** Supplies a file's bytes or text (e.g. an editor's unsaved buffer); undefined falls back to the disk. */
  read?: (file: string) => string | Uint8Array | undefined;
  /**
   * Threads that lint: a number, or 'auto' (the machine's cores, when there is enough text to
   * be worth a worker's start-up). Default 1: everything in this thread, no workers. A custom
   * `segmenter` also keeps the run in this thread.
   */
  jobs?: number | 'auto';
  /** Keep each draft's whole model in `fullModel` (forces a run in this thread). */
  keepModels?: boolean;
  /** Read every plain-text draft in this encoding (`--encoding`) instead of detecting it. */
  encoding?: Encoding;
  /** Check these bytes (read from standard input) as the draft at `file` (no discovery, nothing read from disk). */
  stdin?: { file: string; bytes: Uint8Array };
  /** The caller's resolver (the language server keeps one, with its last good packs); default: a new one for this run. */
  resolver?: PackResolver;
  /** The config search stops at this folder (a workspace folder), as it does at a repository root. */
  root?: string;
  /** Changes a draft's config before it is checked (the editor's per-rule settings). */
  adjustConfig?: (config: EngineConfig, file: string) => EngineConfig;
  /** Time bounds for a run in this thread (the editor's); default: the CLI's. */
  bounds?: Bounds;
  /** Build each draft's figure ledger into `model.ledger` (the HTML report and `shengao figures`). */
  ledger?: boolean;
  /** Last year's report (path, from cwd): the history/* checks compare each draft with it. */
  previous?: string;
}

export interface FileResult {
  /** Absolute path. */
  file: string;
  /** Path relative to cwd with `/` separators (absolute when outside cwd). */
  path: string;
  kind: DocumentKind;
  /** The text checked (after fixes, without a byte-order mark). */
  text: string;
  lines: LineIndex;
  /** Name of the pack used (the config's name or the built-in pack's). */
  pack: string;
  configFile?: string;
  /** What the reports read from the model: sections and figures. */
  model: DraftModel;
  /** The whole model, only with `keepModels`. */
  fullModel?: ReportModel;
  findings: Finding[];
  /** Checks that threw (an engine bug): their rules' findings are missing for this file. */
  failures: CheckFailure[];
  /** Number of fixes applied (with `fix`), or that would be (with `fixDryRun`). */
  fixed: number;
  /** With `fixDryRun`, when fixes would change the file: its text as it is (`text` is the fixed one). */
  original?: string;
  /** The encoding the file was read in. */
  encoding: Encoding;
  /** What the writer should know about how the file was read (e.g. as GBK, fixes not written). */
  notes: string[];
  /** A Word document: where each block of `text` is in Word (第 n 段, 表 n 第 m 行, 脚注 n). */
  docx?: { spans: SourceSpan[] };
}

/**
 * `refused`: not a regular file, too large, or a symlink out of the tree (issue 17); the run then exits 2.
 * `format`: a Word file that cannot be read (legacy .doc/.wps, password-protected, corrupt).
 */
export type SkipReason = 'binary' | 'encoding' | 'format' | 'unreadable' | 'unwritable' | 'refused';

export interface Skipped {
  file: string;
  path: string;
  reason: SkipReason;
  message: string;
  /** Named on the command line (not found in a folder or by a glob): the run then exits 2. */
  named: boolean;
}

export interface ConfigProblem {
  /** The drafts that could not be checked because of it. */
  paths: string[];
  error: PackError | Error;
}

export interface CheckRun {
  cwd: string;
  files: FileResult[];
  skipped: Skipped[];
  /** Patterns that matched no file. */
  unmatched: string[];
  /** Folders given as patterns in which no draft was found (also in `unmatched`). */
  emptyFolders: string[];
  /** Broken packs or config files, each once. */
  configProblems: ConfigProblem[];
  /** Worker threads that linted (0: all in the calling thread). */
  workers: number;
}

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const p = rel && !rel.startsWith('..') && !/^[a-zA-Z]:|^\//.test(rel) ? rel : file;
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

export type { Decoded } from './decode.js';

/** Text of a plain-text draft, or why it is skipped (see decodeBytes). */
export function decodeDraft(bytes: Uint8Array, encoding?: Encoding): Decoded {
  return decodeBytes(bytes, encoding);
}

interface Slot {
  file: string;
  path: string;
  skipped?: Skipped;
  task?: {
    job: DraftJob;
    config: EngineConfig;
    resolved: ResolvedPack;
    encoding: Encoding;
    notes: string[];
    docx?: { spans: SourceSpan[] };
    outcome?: Promise<DraftOutcome>;
  };
}

/** Discovers, resolves packs, reads and lints (in worker threads when `jobs` asks for them). Throws only when the segmenter cannot load or a worker fails. */
export async function checkFiles(patterns: string[], opts: CheckFilesOptions = {}): Promise<CheckRun> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const stdin = opts.stdin && { file: resolve(cwd, opts.stdin.file), bytes: opts.stdin.bytes };
  const { files, unmatched, roots, named, emptyFolders } = stdin
    ? { files: [stdin.file], unmatched: [], roots: [cwd], named: new Set([stdin.file]), emptyFolders: [] }
    : await discover(patterns, cwd, { ignorePath: opts.ignorePath });
  const supplied = opts.read;
  if (stdin) opts = { ...opts, read: (f) => (f === stdin.file ? stdin.bytes : supplied?.(f)) };
  const run: CheckRun = { cwd, files: [], skipped: [], unmatched, emptyFolders, configProblems: [], workers: 0 };
  // Read before any draft: an unreadable --previous stops the run with a clear message.
  const previous = opts.previous === undefined ? undefined : { file: resolve(cwd, opts.previous), ...readPrevious(resolve(cwd, opts.previous), opts.previous) };
  // Workers start first (building the dictionary takes a while), then the drafts are read.
  const threads = opts.segmenter || opts.keepModels ? 1 : threadCount(opts.jobs, files);
  const script = threads > 1 ? workerScript() : undefined;
  const pool = script ? new LintPool(threads, script) : undefined;
  if (pool) run.workers = threads;
  try {
    const slots = readDrafts(files, cwd, roots, opts, run, pool, named, previous);
    const tasks = slots.flatMap((s) => (s.task ? [s.task] : []));
    let outcomes: DraftOutcome[];
    if (pool) {
      outcomes = await Promise.all(tasks.map((t) => t.outcome!));
    } else {
      outcomes = tasks.length ? lintDrafts(tasks, opts.segmenter ?? loadSegmenter(), opts.bounds) : [];
    }
    collect(slots, outcomes, run);
    return run;
  } finally {
    await pool?.close();
  }
}

/** Resolves each draft's pack and reads it, in order; with a pool, each draft is handed to it as soon as it is read. */
function readDrafts(
  files: string[],
  cwd: string,
  roots: readonly string[],
  opts: CheckFilesOptions,
  run: CheckRun,
  pool: LintPool | undefined,
  named: ReadonlySet<string>,
  given?: Previous,
): Slot[] {
  const fromConfig = new Map<string, Previous>();
  const resolver = opts.resolver ?? new PackResolver(opts.host ?? nodeHost(), { noConfig: opts.noConfig });
  const request = { pack: opts.pack, from: cwd, root: opts.root };
  const slots: Slot[] = [];
  for (const file of files) {
    const path = displayPath(file, cwd);
    let resolved;
    try {
      resolved = resolver.forFile(file, request);
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const known = run.configProblems.find((p) => p.error === error);
      if (known) known.paths.push(path);
      else run.configProblems.push({ paths: [path], error });
      continue;
    }

    // The config's `ignores:` (like .shengaoignore, but kept with the team's settings) drop what a folder or glob found.
    if (!named.has(file) && configIgnores(resolved, file)) continue;

    let decoded: DraftRead;
    const supplied = opts.read?.(file);
    if (supplied !== undefined) {
      decoded =
        typeof supplied === 'string'
          ? { text: supplied.replace(/^\uFEFF/, ''), bom: supplied.charCodeAt(0) === 0xfeff, encoding: 'utf-8' }
          : readDraft(file, supplied, opts.encoding);
    } else {
      // Regular files only, sized before reading, and never a symlink out of the folders named.
      const r = readRegularFile(file, { maxBytes: isDocxPath(file) ? MAX_DOCX_BYTES : MAX_DRAFT_BYTES, within: roots });
      if (!r.ok) {
        const reason: SkipReason = r.code === 'unreadable' ? 'unreadable' : 'refused';
        slots.push({ file, path, skipped: { file, path, reason, message: `${r.message}，未检查`, named: named.has(file) } });
        continue;
      }
      decoded = readDraft(file, r.bytes, opts.encoding);
    }
    if ('skip' in decoded) {
      slots.push({ file, path, skipped: { file, path, reason: decoded.skip, message: decoded.message, named: named.has(file) } });
      continue;
    }
    const notes: string[] = [];
    // A dry run writes nothing, so it shows the fixes of any file; a real --fix only rewrites UTF-8 text.
    let fix = Boolean(opts.fix || opts.fixDryRun);
    if (decoded.encoding !== 'utf-8') {
      notes.push(`按 ${ENCODING_LABEL[decoded.encoding]} 编码读取`);
      // Writing fixes back would have to re-encode the writer's file: refused, said, not done silently.
      if (opts.fix) {
        notes.push(`--fix 只改写 UTF-8 文件，此文件未修复（请另存为 UTF-8 后再修复）`);
        fix = false;
      }
    }
    if (decoded.docx && opts.fix) {
      // The text checked is extracted from the Word file; writing it back would destroy the document.
      notes.push('--fix 不改写 Word 文档（.docx）：请按提示在 Word 中修改');
      fix = false;
    }
    const job: DraftJob = {
      file,
      kind: decoded.docx ? 'markdown' : kindOfPath(file),
      text: decoded.text,
      bom: decoded.bom,
      fix,
      dryRun: Boolean(opts.fixDryRun),
      keepModel: opts.keepModels,
      fromDisk: supplied === undefined,
      ledger: opts.ledger,
    };
    // --previous, else the config's `previous:` (each read once); never a draft against itself.
    let prev = given;
    const configured = resolved.pack.previous;
    if (!prev && configured) {
      prev = fromConfig.get(configured);
      if (!prev)
        fromConfig.set(
          configured,
          (prev = {
            file: configured,
            ...readPrevious(configured, displayPath(configured, cwd), resolved.configFile ? dirname(resolved.configFile) : undefined),
          }),
        );
    }
    if (prev && prev.file !== file) job.previous = { text: prev.text, kind: prev.kind };
    const config = opts.adjustConfig ? opts.adjustConfig(resolved.pack.config, file) : resolved.pack.config;
    const outcome = pool?.lint(job, config);
    // Rejections reach the caller through Promise.all; this only keeps an early one from counting as unhandled.
    outcome?.catch(() => undefined);
    slots.push({ file, path, task: { job, config, resolved, encoding: decoded.encoding, notes, docx: decoded.docx, outcome } });
  }
  return slots;
}

const ignoreCache = new WeakMap<object, Ignore>();

function configIgnores(resolved: ResolvedPack, file: string): boolean {
  const own = resolved.pack.ignores;
  if (!own) return false;
  let ig = ignoreCache.get(own);
  if (!ig) ignoreCache.set(own, (ig = ignore().add(own.patterns)));
  const rel = relative(own.base, file);
  return !rel.startsWith('..') && !isAbsolute(rel) && ig.ignores(rel.split(sep).join('/'));
}

/** Last year's report, read once per run. */
interface Previous {
  file: string;
  text: string;
  kind: DocumentKind;
}

/** Last year's report cannot be read: the run stops with this (a usage error for the CLI). */
export class PreviousError extends Error {}

/**
 * Last year's report, read as a draft is (a regular file within the size cap, UTF-8, no NUL
 * bytes). One named by a config (`previous:`) must lie inside that config's folder: a
 * workspace's config cannot make shengao read, and quote figures from, a file elsewhere.
 */
function readPrevious(file: string, shown: string, within?: string): { text: string; kind: DocumentKind } {
  const r = readRegularFile(file, { maxBytes: MAX_DRAFT_BYTES, within: within ? [within] : undefined });
  if (!r.ok) throw new PreviousError(`无法读取去年的总结 ${shown}：${r.message}`);
  const d = decodeDraft(r.bytes);
  if ('skip' in d) throw new PreviousError(`去年的总结 ${shown}：${d.message}`);
  return { text: d.text, kind: kindOfPath(file) };
}

/** Results in file order, as a sequential run produces them. */
function collect(slots: Slot[], outcomes: DraftOutcome[], run: CheckRun): void {
  let k = 0;
  for (const slot of slots) {
    if (slot.skipped) {
      run.skipped.push(slot.skipped);
      continue;
    }
    const { job, resolved, encoding, notes, docx } = slot.task!;
    const out = outcomes[k++];
    const { file, path } = slot;
    if (out.unwritable !== undefined) run.skipped.push({ file, path, reason: 'unwritable', message: out.unwritable, named: false });
    const text = out.text ?? job.text;
    const result: FileResult = {
      file,
      path,
      kind: job.kind,
      text,
      lines: new LineIndex(text),
      pack: resolved.name,
      configFile: resolved.configFile,
      model: out.model,
      findings: out.findings,
      failures: out.failures,
      fixed: out.fixed,
      encoding,
      notes,
    };
    if (out.fullModel) result.fullModel = out.fullModel;
    if (docx) result.docx = docx;
    if (job.dryRun && out.text !== undefined) result.original = job.text;
    run.files.push(result);
  }
}
