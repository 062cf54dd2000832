// The programmatic core of `shengao check`: discover drafts, pick each one's
// pack, read it safely, lint it (and apply safe fixes when asked). No output,
// no process exit — the CLI, the HTML report and the language server's
// "check workspace" all build on this.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { lint, kindOfPath, applyFixes, LineIndex, type DocumentKind, type Finding, type ReportModel, type Segmenter } from '../engine/index.js';
import type { CheckFailure } from '../engine/runner.js';
import { PackError } from '../packs/errors.js';
import { nodeHost, type PackHost } from '../packs/host.js';
import { loadSegmenter } from '../segmenters/index.js';
import { discover } from './discover.js';
import { PackResolver } from './resolve-pack.js';

export interface CheckFilesOptions {
  /** Folder patterns are relative to, and paths are reported from. Default: process.cwd(). */
  cwd?: string;
  /** Built-in pack name, YAML path or npm package: overrides .shengao.yaml files. */
  pack?: string;
  /** Ignore .shengao.yaml files (use `pack`, or the built-in default). */
  noConfig?: boolean;
  /** Apply safe fixes and write changed files back. */
  fix?: boolean;
  host?: PackHost;
  segmenter?: Segmenter;
  /** Supplies a file's bytes or text (e.g. an editor's unsaved buffer); undefined falls back to the disk. */
  read?: (file: string) => string | Uint8Array | undefined;
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
  model: ReportModel;
  findings: Finding[];
  /** Checks that threw (an engine bug): their rules' findings are missing for this file. */
  failures: CheckFailure[];
  /** Number of fixes applied (with `fix`). */
  fixed: number;
}

export type SkipReason = 'binary' | 'encoding' | 'unreadable' | 'unwritable';

export interface Skipped {
  file: string;
  path: string;
  reason: SkipReason;
  message: string;
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
  /** Broken packs or config files, each once. */
  configProblems: ConfigProblem[];
}

const MAX_FIX_PASSES = 10;

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const p = rel && !rel.startsWith('..') && !/^[a-zA-Z]:|^\//.test(rel) ? rel : file;
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

export type Decoded = { text: string; bom: boolean } | { skip: SkipReason; message: string };

// ignoreBOM: keep a byte-order mark in the decoded text, so --fix can write it back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text of a draft, or why it is skipped: NUL bytes mean binary; invalid UTF-8 means another encoding. */
export function decodeDraft(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { skip: 'binary', message: '二进制文件（含 NUL 字节），已跳过' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { skip: 'encoding', message: '不是有效的 UTF-8 文本，已跳过（若是 GBK 编码，请另存为 UTF-8）' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Discovers, resolves packs, reads and lints. Throws only when the segmenter cannot load. */
export async function checkFiles(patterns: string[], opts: CheckFilesOptions = {}): Promise<CheckRun> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const host = opts.host ?? nodeHost();
  const { files, unmatched } = await discover(patterns, cwd);
  const resolver = new PackResolver({ cwd, pack: opts.pack, noConfig: opts.noConfig, host });
  const run: CheckRun = { cwd, files: [], skipped: [], unmatched, configProblems: [] };
  let segmenter = opts.segmenter;

  for (const file of files) {
    const path = displayPath(file, cwd);
    let resolved;
    try {
      resolved = resolver.forFile(file);
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const known = run.configProblems.find((p) => p.error === error);
      if (known) known.paths.push(path);
      else run.configProblems.push({ paths: [path], error });
      continue;
    }

    let decoded: Decoded;
    try {
      const supplied = opts.read?.(file);
      const raw = supplied ?? readFileSync(file);
      decoded = typeof raw === 'string' ? { text: raw.replace(/^\uFEFF/, ''), bom: raw.charCodeAt(0) === 0xfeff } : decodeDraft(raw);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      run.skipped.push({ file, path, reason: 'unreadable', message: `读取失败${code ? `（${code}）` : ''}：${(e as Error).message}` });
      continue;
    }
    if ('skip' in decoded) {
      run.skipped.push({ file, path, reason: decoded.skip, message: decoded.message });
      continue;
    }

    segmenter ??= loadSegmenter();
    const kind = kindOfPath(file);
    const config = resolved.pack.config;
    let text = decoded.text;
    let result = lint(text, { kind, config, segmenter });
    let fixed = 0;
    if (opts.fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const { text: next, applied } = applyFixes(text, result.findings);
        if (!applied.length || next === text) break;
        fixed += applied.length;
        text = next;
        result = lint(text, { kind, config, segmenter });
      }
      if (text !== decoded.text) {
        try {
          writeFileSync(file, (decoded.bom ? '\uFEFF' : '') + text, 'utf8');
        } catch (e) {
          // Report the file as it still is on disk.
          run.skipped.push({ file, path, reason: 'unwritable', message: `修复后写回失败，未改动文件：${(e as Error).message}` });
          text = decoded.text;
          result = lint(text, { kind, config, segmenter });
          fixed = 0;
        }
      }
    }
    run.files.push({
      file,
      path,
      kind,
      text,
      lines: new LineIndex(text),
      pack: resolved.name,
      configFile: resolved.configFile,
      model: result.model,
      findings: result.findings,
      failures: result.failures,
      fixed,
    });
  }
  return run;
}
