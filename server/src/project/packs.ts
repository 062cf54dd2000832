// Which pack a draft is checked with — the one answer for `shengao check` and the
// language server: an explicit pack (`--pack`, or the editor's `shengao.pack` setting)
// if given, else the nearest .shengao.yaml walking up from the draft (stopping at the
// repository root, and at the workspace folder in the editor), else the built-in default.
// Each pack is loaded once; a broken one keeps its error (reported once) and, for the
// editor, the last good pack stays in use until it is fixed.
import { dirname, resolve } from 'node:path';
import { findConfig, loadConfigFile, loadPack, type LoadedPack } from '../packs/loader.js';
import { PackError } from '../packs/errors.js';
import type { PackHost } from '../packs/host.js';

export const DEFAULT_PACK = 'work-summary';

export interface ResolvedPack {
  pack: LoadedPack;
  /** The pack's name as reported (the config's `name`, or the built-in pack's). */
  name: string;
  /** The .shengao.yaml this draft used, if any. */
  configFile?: string;
}

export interface PackState extends ResolvedPack {
  key: string;
  /** Set when the pack asked for is broken; `pack` is then the last good one (or the default). */
  error?: PackError | Error;
  stale: boolean;
}

export interface PackRequest {
  /** Built-in name, YAML path or npm package that overrides config files. */
  pack?: string;
  /** Where an explicit pack's path is resolved from (the cwd, or the workspace folder). */
  from?: string;
  /** The config search stops here (the workspace folder), as it does at a repository root. */
  root?: string;
}

export class PackResolver {
  private readonly states = new Map<string, PackState>();
  /** The config file found from each folder: drafts of one folder walk up once, not once each. */
  private readonly configDirs = new Map<string, string | undefined>();
  private defaultPack: LoadedPack | undefined;

  /** `noConfig`: never read .shengao.yaml files (the CLI's --no-config). */
  constructor(
    readonly host: PackHost,
    private readonly opts: { noConfig?: boolean } = {},
  ) {}

  /** The pack for a draft at `path` (undefined for an untitled document). Never throws: a broken pack is `error` on the state. */
  resolve(path: string | undefined, req: PackRequest = {}): PackState {
    const dir = path ? dirname(resolve(path)) : (req.root ?? req.from ?? process.cwd());
    let key: string;
    let configFile: string | undefined;
    let load: () => LoadedPack;
    if (req.pack) {
      const from = req.from ?? req.root ?? dir;
      const pack = req.pack;
      key = `pack:${pack}@${from}`;
      load = () => loadPack(pack, from, this.host);
    } else {
      configFile = this.opts.noConfig ? undefined : this.configFor(dir, req.root);
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
      state = { key, pack, name: nameOf(pack), configFile, stale: false };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const pack = state?.pack ?? this.fallback();
      state = { key, pack, name: nameOf(pack), configFile, error, stale: false };
    }
    this.states.set(key, state);
    return state;
  }

  /** The pack for `file` in a CLI run: a broken pack throws (positioned PackError), the same error object for every draft it blocks. */
  forFile(file: string, req: PackRequest = {}): ResolvedPack {
    const state = this.resolve(file, req);
    if (state.error) throw state.error;
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
      const e = s.error instanceof PackError ? s.error : new PackError(s.configFile ?? s.key, 1, 1, s.error.message);
      const list = out.get(e.file) ?? [];
      if (!list.some((x) => x.message === e.message)) list.push(e);
      out.set(e.file, list);
    }
    return out;
  }

  /** Every file any loaded pack was read from (for watching). */
  files(): string[] {
    const out = new Set<string>();
    for (const s of this.states.values()) for (const f of s.pack.files) out.add(f);
    return [...out];
  }

  private fallback(): LoadedPack {
    this.defaultPack ??= loadPack(DEFAULT_PACK, this.host.builtinDir, this.host);
    return this.defaultPack;
  }

  private configFor(dir: string, root: string | undefined): string | undefined {
    const key = `${dir}\0${root ?? ''}`;
    if (!this.configDirs.has(key)) this.configDirs.set(key, findConfig(dir, this.host, root));
    return this.configDirs.get(key);
  }
}

function nameOf(pack: LoadedPack): string {
  return pack.config.name || pack.chain[pack.chain.length - 1] || DEFAULT_PACK;
}
