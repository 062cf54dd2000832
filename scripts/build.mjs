// Bundles the CLI, the language server and the VS Code client with esbuild.
// Native/data packages stay external: @node-rs/jieba loads its .node binary and dictionary from node_modules.
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  // Worker thread of a parallel `shengao check`, loaded from next to dist/cli.js.
  { in: 'server/src/project/check-worker.ts', out: 'dist/check-worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server-main.js' },
  // dist/server.js and bin/shengao.js start the two bundles above from V8's code cache.
  { in: 'server/src/lsp/loader.ts', out: 'dist/server.js' },
  { in: 'server/src/start/code-cache.ts', out: 'dist/code-cache.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js' },
  { in: 'scripts/compile-packs.ts', out: 'dist/compile-packs.js' },
  // Writes dist/jieba-ts.bin, the pure-TypeScript segmenter's dictionary and HMM (below).
  { in: 'server/src/segmenters/jieba-ts/build-data.ts', out: 'dist/jieba-ts-data.js' },
].filter((e) => existsSync(e.in));

const watch = process.argv.includes('--watch');
await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      sourcemap: true,
      minify: process.argv.includes('--minify'),
      // No comments or blank space: smaller bundles that V8 parses sooner at every start and
      // keeps as a smaller source string for the life of the process (and see below).
      // Names stay as written, so stack traces still name the function.
      minifyWhitespace: true,
      minifySyntax: true,
      external: ['vscode', '@node-rs/jieba', '@node-rs/jieba/dict', 'nodejieba'],
      logLevel: 'warning',
      loader: { '.json': 'json' },
    }),
  ),
);
// V8 keeps a script's source in memory, one byte per character only if every character is
// Latin-1. esbuild escapes strings and templates but not regular-expression literals, so
// the rules' Chinese regexes made the server's source a two-byte string (2.3 MB instead of
// 1.1 MB). Outside comments (gone) and strings (escaped), non-ASCII is only in regexes,
// where \uXXXX means the same character (a surrogate pair of escapes is one code point
// under the u flag). Columns after an escaped regex move in the source map.
for (const e of entries) {
  const code = readFileSync(e.out, 'utf8');
  // A backslash before a non-ASCII character would turn its escape into "\\" + "uXXXX".
  if (/\\[^\x00-\x7f]/.test(code)) throw new Error(`${e.out}: an escaped non-ASCII character; write it as \\uXXXX in the source`);
  if (/[^\x00-\x7f]/.test(code))
    writeFileSync(
      e.out,
      code.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')),
    );
}
// Parse and validate the built-in packs once, at build time (dist/builtin-packs.json).
execFileSync(process.execPath, ['dist/compile-packs.js'], { stdio: 'inherit' });
// jieba-ts's data file (~2 s to compile): rebuilt when a source it is made from is newer.
{
  const require = createRequire(import.meta.url);
  const inputs = [
    join(dirname(require.resolve('@node-rs/jieba')), 'dict.txt'),
    join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/hmm_model.utf8'),
    'server/src/segmenters/jieba-ts/compile.ts',
    'server/src/segmenters/jieba-ts/format.ts',
  ];
  const bin = 'dist/jieba-ts.bin';
  const built = existsSync(bin) ? statSync(bin).mtimeMs : 0;
  if (inputs.some((f) => statSync(f).mtimeMs > built)) execFileSync(process.execPath, ['dist/jieba-ts-data.js', 'dist'], { stdio: 'inherit' });
}
// V8's code cache of dist/cli.js (bin/shengao.js starts from it): what a check of the examples
// compiles, written by bin/shengao.js itself so that it compiles exactly as it will load.
if (!watch) {
  const r = spawnSync(process.execPath, ['bin/shengao.js', 'check', 'examples', '--format', 'json'], {
    env: { ...process.env, SHENGAO_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 && r.status !== 1) console.warn(`dist/cli.js.cache not written (shengao check examples exited with ${r.status ?? r.signal})`);
  // The server's: a session that opens the Markdown example and waits for its diagnostics.
  const s = spawnSync(process.execPath, ['scripts/warm-server.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (s.status !== 0) console.warn(`dist/server-main.js.cache not written (scripts/warm-server.mjs exited with ${s.status ?? s.signal})`);
}
if (!watch) console.log(`built ${entries.map((e) => e.out).join(', ')}`);
