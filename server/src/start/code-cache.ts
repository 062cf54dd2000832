// Starts a bundle (dist/cli.js, dist/server-main.js) from V8's code cache when the build left
// one that fits (`<bundle>.cache`). Parsing a 1.5–2 MB bundle and compiling the functions a
// first run calls cost 50–90 ms at every start, which the cache turns into a read. A cache is
// used only when it was made from this very bundle (a SHA-1 in its first 40 bytes): V8 itself
// checks only the length of the source, its own version and its flags, and compiles afresh
// when they differ (an editor's own Node, say). Without a usable cache the caller falls back
// to a plain require(). The build writes each cache by running its bundle once with
// SHENGAO_WRITE_CODE_CACHE=1 (scripts/build.mjs); nothing is written at any other time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import Module from 'node:module';

/** How the start went, for SHENGAO_DEBUG_CODE_CACHE=1 (and the tests). */
export type CacheOutcome = 'accepted' | 'rejected by V8' | 'made from another bundle' | 'none';

interface NodeModule {
  filename: string;
  paths: string[];
  exports: unknown;
  loaded: boolean;
}
interface ModuleInternals {
  new (id: string, parent?: unknown): NodeModule;
  _nodeModulePaths(dir: string): string[];
  _cache: Record<string, NodeModule>;
}

/**
 * Runs `bundle` as a CommonJS module compiled from its cache; false (nothing run) when there is
 * no cache that fits and this is not the build writing one. `flags` are the V8 flags the bundle
 * sets as it starts: V8 takes a cache only under the flags it was made with, so they are set
 * before compiling and again, as they were, just before the cache is written at exit.
 */
export function startCached(bundle: string, flags: string): boolean {
  const writing = process.env.SHENGAO_WRITE_CODE_CACHE === '1';
  const report = (o: CacheOutcome) => process.env.SHENGAO_DEBUG_CODE_CACHE === '1' && process.stderr.write(`shengao code cache: ${o}\n`);
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(`${bundle}.cache`);
  } catch {
    if (!writing) return (report('none'), false);
  }
  // (Read as a string, not a Buffer: the source lives on in V8's heap anyway, and a Buffer of it would sit outside
  // the heap until a full collection.)
  const source = readFileSync(bundle, 'utf8');
  const sha = createHash('sha1').update(source, 'utf8').digest('hex');
  const fits = cache !== undefined && cache.length > 40 && cache.toString('latin1', 0, 40) === sha;
  if (!fits && !writing) return (report('made from another bundle'), false);
  setFlagsFromString(flags);
  // The wrapper on a line of its own (lineOffset -1): every position in a stack trace is the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: bundle,
    lineOffset: -1,
    cachedData: fits ? cache!.subarray(40) : undefined,
  });
  if (fits) report(script.cachedDataRejected ? 'rejected by V8' : 'accepted');
  const M = Module as unknown as ModuleInternals;
  const mod = new M(bundle, module);
  mod.filename = bundle;
  mod.paths = M._nodeModulePaths(dirname(bundle));
  M._cache[bundle] = mod;
  if (writing)
    process.on('exit', () => {
      setFlagsFromString(flags);
      writeFileSync(`${bundle}.cache`, Buffer.concat([Buffer.from(sha, 'latin1'), script.createCachedData()]));
    });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle));
  mod.loaded = true;
  return true;
}
