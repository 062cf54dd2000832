// The only door from pack loading to the file system, so tests (and a future
// browser build) can supply files themselves.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { PrecompiledPack } from './raw.js';
import { readRegularText } from '../project/safe-read.js';

/** Largest pack file read (the built-in packs together are under 150 KB). */
export const MAX_PACK_BYTES = 4 * 1024 * 1024;

/** A pack file that exists but may not be read: a device, a FIFO, too large, or outside the workspace in restricted mode. */
export class FileRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'FileRefused';
  }
}

export interface PackHost {
  /** The file's text; undefined when there is no such file; throws FileRefused when it may not be read. */
  readFile(path: string): string | undefined;
  /** The path with symlinks resolved (cycles through links are cycles); the path itself when unknown. */
  realPath?(path: string): string;
  /** Restricted mode: pack files only inside these folders (the workspace), besides the built-in packs. */
  within?: readonly string[];
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

export function nodeHost(opts: { builtinDir?: string; allowPackages?: boolean; within?: readonly string[] } = {}): PackHost {
  const builtinDir = opts.builtinDir ?? findBuiltinDir(__dirname);
  const allowPackages = opts.allowPackages ?? true;
  const within = allowPackages ? undefined : opts.within;
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
      // The packs shipped with shengao are trusted wherever the workspace is.
      const builtin = dirname(path) === builtinDir;
      const r = readRegularText(path, { maxBytes: MAX_PACK_BYTES, within: builtin ? undefined : within });
      if (r.ok) return r.text;
      if (r.code === 'missing') return undefined;
      throw new FileRefused(path, r.message);
    },
    realPath(path) {
      try {
        return realpathSync(path);
      } catch {
        return path;
      }
    },
    within,
    isDirectory(path) {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
    builtinDir,
    allowPackages,
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
