#!/usr/bin/env node
// Runs dist/cli.js from V8's code cache when the build left one that fits (dist/cli.js.cache,
// made by `npm run build` after a check of examples/). A `shengao check` is a short process:
// parsing the 1.4 MB bundle and compiling the functions it calls cost ~50 ms at every start
// (~200 ms for one draft), which the cache turns into a read. The cache is used only when it
// was made from this very dist/cli.js (a SHA-1 in its first 40 bytes) — V8 itself checks only
// the length of the source, its own version and its flags, and compiles afresh when they
// differ. Without a usable cache this is a plain require() of dist/cli.js.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const file = join(__dirname, '..', 'dist', 'cli.js');
const cacheFile = `${file}.cache`;
// dist/cli.js sets these flags as it starts (server/src/cli/compiler-budget.ts, CLI_V8_FLAGS):
// V8 accepts a cache only under the flags it was made with, so they are set before compiling.
const FLAGS = '--max-inlined-bytecode-size-cumulative=100 --no-parallel-scavenge --no-turbo-loop-peeling --no-turbo-escape --interrupt-budget=400000';
// Build step only: run as usual, then write the cache of what this run compiled.
const writing = process.env.SHENGAO_WRITE_CODE_CACHE === '1';

function start() {
  let cache;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    if (!writing) return false;
  }
  const vm = require('node:vm');
  const Module = require('node:module');
  const bytes = readFileSync(file);
  const sha = require('node:crypto').createHash('sha1').update(bytes).digest('hex');
  const fits = cache !== undefined && cache.length > 40 && cache.toString('latin1', 0, 40) === sha;
  if (!fits && !writing) return false;
  require('node:v8').setFlagsFromString(FLAGS);
  // The wrapper on a line of its own (lineOffset -1): every position in a stack trace is the file's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${bytes.toString('utf8')}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData: fits ? cache.subarray(40) : undefined,
  });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(join(__dirname, '..', 'dist'));
  Module._cache[file] = mod;
  if (writing) process.on('exit', () => writeFileSync(cacheFile, Buffer.concat([Buffer.from(sha, 'latin1'), script.createCachedData()])));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, join(__dirname, '..', 'dist'));
  mod.loaded = true;
  return true;
}

if (!start()) require('../dist/cli.js');
