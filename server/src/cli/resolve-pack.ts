// Which pack a draft is checked with: `--pack` if given, else the nearest
// .shengao.yaml walking up from the draft, else the built-in default. Each
// config file is loaded once per run, and a broken one fails once.
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

export interface PackChoice {
  cwd: string;
  /** Built-in name, path or npm package: overrides config files. */
  pack?: string;
  /** Ignore .shengao.yaml files. */
  noConfig?: boolean;
  host: PackHost;
}

type Cached = { ok: ResolvedPack } | { err: PackError | Error };

export class PackResolver {
  private readonly cache = new Map<string, Cached>();
  /** The config file found from each folder: drafts of one folder walk up once, not once each. */
  private readonly configOf = new Map<string, string | undefined>();

  constructor(private readonly choice: PackChoice) {}

  /** The pack for `file`; throws PackError (positioned) when the pack or config is broken. */
  forFile(file: string): ResolvedPack {
    const { pack, noConfig, host, cwd } = this.choice;
    let key: string;
    let load: () => ResolvedPack;
    if (pack !== undefined) {
      key = `pack:${pack}`;
      load = () => named(loadPack(pack, resolve(cwd), host));
    } else {
      const config = noConfig ? undefined : this.configFrom(dirname(resolve(file)));
      if (config) {
        key = `config:${config}`;
        load = () => ({ ...named(loadConfigFile(config, host)), configFile: config });
      } else {
        key = `pack:${DEFAULT_PACK}`;
        load = () => named(loadPack(DEFAULT_PACK, resolve(cwd), host));
      }
    }
    let hit = this.cache.get(key);
    if (!hit) {
      try {
        hit = { ok: load() };
      } catch (e) {
        hit = { err: e instanceof Error ? e : new Error(String(e)) };
      }
      this.cache.set(key, hit);
    }
    if ('err' in hit) throw hit.err;
    return hit.ok;
  }

  private configFrom(dir: string): string | undefined {
    if (!this.configOf.has(dir)) this.configOf.set(dir, findConfig(dir, this.choice.host));
    return this.configOf.get(dir);
  }
}

function named(pack: LoadedPack): ResolvedPack {
  return { pack, name: pack.config.name || pack.chain[pack.chain.length - 1] || DEFAULT_PACK };
}
