// Entry of dist/server.js (bin: shengao-language-server): starts the server's bundle
// (dist/server-main.js, from lsp/main.ts) from V8's code cache when the build left one that
// fits, else by a plain require. Measured on the LSP bench: spawn → first diagnostics of a
// 10k draft 400–420 ms without the cache, 325–335 ms with it (medians of pairs, same machine).
import { join } from 'node:path';
import { startCached } from '../start/code-cache.js';
import { SERVER_V8_FLAGS } from './memory.js';

const main = join(__dirname, 'server-main.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (!startCached(main, SERVER_V8_FLAGS)) require(main);
