// The only door from pack loading to the file system, so tests (and a future
// browser build) can supply files themselves.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { PrecompiledPack } from './loader.js';

export interface PackHost {
  readFile(path: string): string | undefined;
  isDirectory(path: string): boolean;
  /** Directory holding the built-in packs (rules/). */
  builtinDir: string;
  /** Resolve an npm package's directory from `fromDir`; undefined when not installed or not allowed. */
  resolvePackage(name: string, fromDir: string): string | undefined;
  /** False in untrusted workspaces: only built-in packs and plain YAML files. */
  allowPackages: boolean;
  /** A build-time parse of a built-in pack, when its text is unchanged (YAML parsing is the slow part of start-up). */
  precompiled?(path: string, text: string): PrecompiledPack | undefined;
}

export const PRECOMPILED_FILE = 'builtin-packs.json';

export function packHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Where rules/ lives: next to dist/ in a build or a .vsix, or at the repo root from sources. */
export function findBuiltinDir(start: string): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'rules', 'base.yaml'))) return join(dir, 'rules');
    dir = dirname(dir);
  }
  return join(start, 'rules');
}

export function nodeHost(opts: { builtinDir?: string; allowPackages?: boolean } = {}): PackHost {
  const builtinDir = opts.builtinDir ?? findBuiltinDir(__dirname);
  let cache: Record<string, PrecompiledPack> | undefined;
  return {
    precompiled(path, text) {
      if (dirname(path) !== builtinDir) return undefined;
      if (!cache) {
        try {
          cache = JSON.parse(readFileSync(join(builtinDir, '..', 'dist', PRECOMPILED_FILE), 'utf8')) as Record<string, PrecompiledPack>;
        } catch {
          cache = {};
        }
      }
      const hit = cache[basename(path)];
      return hit && hit.hash === packHash(text) ? hit : undefined;
    },
    readFile(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    isDirectory(path) {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
    builtinDir,
    allowPackages: opts.allowPackages ?? true,
    resolvePackage(name, fromDir) {
      if (!this.allowPackages) return undefined;
      try {
        const req = createRequire(join(fromDir, 'noop.js'));
        return dirname(req.resolve(`${name}/package.json`));
      } catch {
        return undefined;
      }
    },
  };
}
