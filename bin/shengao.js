#!/usr/bin/env node
// Runs dist/cli.js from V8's code cache when the build left one that fits (dist/cli.js.cache,
// made by `npm run build` after a check of examples/): a `shengao check` is a short process,
// and parsing the 1.4 MB bundle and compiling what it calls cost ~50 ms at every start
// (~200 ms for one draft), which the cache turns into a read (server/src/start/code-cache.ts).
// Without a usable cache this is a plain require() of dist/cli.js.
'use strict';
const { join } = require('node:path');

// dist/cli.js sets these flags as it starts (server/src/cli/compiler-budget.ts, CLI_V8_FLAGS):
// V8 accepts a cache only under the flags it was made with, so they are set before compiling.
const FLAGS = '--max-inlined-bytecode-size-cumulative=100 --no-parallel-scavenge --no-turbo-loop-peeling --no-turbo-escape --interrupt-budget=400000';

if (!require('../dist/code-cache.js').startCached(join(__dirname, '..', 'dist', 'cli.js'), FLAGS)) require('../dist/cli.js');
