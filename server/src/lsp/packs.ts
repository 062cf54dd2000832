// Which pack applies to a document: the `shengao.pack` setting, else the nearest
// .shengao.yaml, else the default work-summary pack. Loaded packs are cached;
// a change to any watched YAML marks them stale. A broken pack never leaves a
// draft without rules: the last good pack stays in use and the error is shown
// on the pack file itself.
import { existsSync, writeFileSync } from 'node:fs';
import { MAX_PACK_BYTES } from '../packs/host.js';
import { readRegularFile } from '../project/safe-read.js';
import { writeFileAtomic } from '../project/atomic-write.js';
import { dirname, join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { findConfig, loadConfigFile, loadPack, type LoadedPack } from '../packs/loader.js';
import { PackError } from '../packs/errors.js';
import { nodeHost, type PackHost } from '../packs/host.js';

export const DEFAULT_PACK = 'work-summary';

export interface PackState {
  key: string;
  /** The pack in effect: the current one, or the last good one when the current one is broken. */
  pack: LoadedPack;
  /** The .shengao.yaml this state stands for, if any. */
  configFile?: string;
  error?: PackError;
  stale: boolean;
}

export class PackResolver {
  private states = new Map<string, PackState>();
  private configDirs = new Map<string, string | undefined>();
  private defaultPack: LoadedPack | undefined;
  readonly host: PackHost;

  /** `within`: the workspace folders; in restricted mode (allowPackages false) no pack file is read outside them. */
  constructor(opts: { allowPackages: boolean; builtinDir?: string; within?: readonly string[] }) {
    this.host = nodeHost({ allowPackages: opts.allowPackages, builtinDir: opts.builtinDir, within: opts.within });
  }

  private fallback(): LoadedPack {
    this.defaultPack ??= loadPack(DEFAULT_PACK, this.host.builtinDir, this.host);
    return this.defaultPack;
  }

  private configFor(dir: string, root: string | undefined): string | undefined {
    // The search stops at the workspace folder (and at a repository's root): a config above it is not this project's.
    if (!this.configDirs.has(dir)) this.configDirs.set(dir, findConfig(dir, this.host, root));
    return this.configDirs.get(dir);
  }

  /** The pack for a document at `path` (undefined for untitled documents). */
  resolve(path: string | undefined, packSetting: string, root: string | undefined): PackState {
    const dir = path ? dirname(path) : root ?? process.cwd();
    let key: string;
    let configFile: string | undefined;
    let load: () => LoadedPack;
    if (packSetting) {
      const from = root ?? dir;
      key = `pack:${packSetting}@${from}`;
      load = () => loadPack(packSetting, from, this.host);
    } else {
      configFile = this.configFor(dir, root);
      if (configFile) {
        const f = configFile;
        key = `config:${f}`;
        load = () => loadConfigFile(f, this.host);
      } else {
        key = 'default';
        load = () => this.fallback();
      }
    }
    let state = this.states.get(key);
    if (state && !state.stale) return state;
    try {
      const pack = load();
      state = { key, pack, configFile, stale: false };
    } catch (e) {
      const error = e instanceof PackError ? e : new PackError(configFile ?? packSetting, 1, 1, e instanceof Error ? e.message : String(e));
      state = { key, pack: state?.pack ?? this.fallback(), configFile, error, stale: false };
    }
    this.states.set(key, state);
    return state;
  }

  /** A watched file changed: everything is re-resolved lazily (packs are small). */
  invalidate(): void {
    this.configDirs.clear();
    for (const s of this.states.values()) s.stale = true;
    this.defaultPack = undefined;
  }

  /** Every current pack error, by file. */
  errors(): Map<string, PackError[]> {
    const out = new Map<string, PackError[]>();
    for (const s of this.states.values()) {
      if (!s.error || s.stale) continue;
      const list = out.get(s.error.file) ?? [];
      if (!list.some((e) => e.message === s.error!.message)) list.push(s.error);
      out.set(s.error.file, list);
    }
    return out;
  }

  /** Every file any loaded pack was read from (for watching). */
  files(): string[] {
    const out = new Set<string>();
    for (const s of this.states.values()) for (const f of s.pack.files) out.add(f);
    return [...out];
  }
}

/**
 * Adds `word` to `allow:` of the nearest .shengao.yaml at or above `dir`, creating
 * `<root>/.shengao.yaml` when there is none. Comments and layout are kept.
 * Returns the file written.
 */
export function addAllowWord(dir: string, root: string | undefined, word: string, host: PackHost): { file: string; created: boolean; changed: boolean } {
  const found = findConfig(dir, host);
  const file = found ?? join(root ?? dir, '.shengao.yaml');
  if (!found || !existsSync(file)) {
    const text = `# 审稿 shengao 项目配置（不写 extends 时以 work-summary 为基础）\n# 团队允许的写法：不再按术语或占位符报出\nallow:\n  - ${JSON.stringify(word)}\n`;
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' }); // never over a file created meanwhile
    return { file, created: true, changed: true };
  }
  const read = readRegularFile(file, { maxBytes: MAX_PACK_BYTES });
  if (!read.ok) throw new Error(`${file} ${read.message}，未能写入`);
  const source = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(`${file} 有 YAML 语法错误，未能写入：${doc.errors[0].message.split('\n')[0]}`);
  const node = doc.get('allow', true);
  if (isSeq(node)) {
    if (node.items.some((i) => String((i as { value?: unknown }).value ?? i) === word)) return { file, created: false, changed: false };
    node.add(doc.createNode(word));
  } else {
    doc.set('allow', doc.createNode([word]));
  }
  // Atomically, and only over the text just read (an edit made meanwhile is not lost).
  writeFileAtomic(file, Buffer.from(String(doc), 'utf8'), read.bytes);
  return { file, created: false, changed: true };
}
