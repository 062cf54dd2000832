// Entry point of dist/cli.js (bin/shengao.js). All behaviour lives in cli.ts.
import { cli } from './cli.js';
import { tuneCompiler } from './compiler-budget.js';

tuneCompiler();

// `shengao check | head`: the reader went away; stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

void cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin }).then((code) => {
  process.exitCode = code;
});
