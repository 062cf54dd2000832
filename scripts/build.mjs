// Bundles the CLI, the language server and the VS Code client with esbuild.
// Native/data packages stay external: @node-rs/jieba loads its .node binary and dictionary from node_modules.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  // Worker thread of a parallel `shengao check`, loaded from next to dist/cli.js.
  { in: 'server/src/cli/check-worker.ts', out: 'dist/check-worker.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js' },
  { in: 'scripts/compile-packs.ts', out: 'dist/compile-packs.js' },
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
      external: ['vscode', '@node-rs/jieba', '@node-rs/jieba/dict', 'nodejieba'],
      logLevel: 'warning',
      loader: { '.json': 'json' },
    }),
  ),
);
// Parse and validate the built-in packs once, at build time (dist/builtin-packs.json).
execFileSync(process.execPath, ['dist/compile-packs.js'], { stdio: 'inherit' });
if (!watch) console.log(`built ${entries.map((e) => e.out).join(', ')}`);
