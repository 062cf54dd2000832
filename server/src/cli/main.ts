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

// Once the command is done and its output written, the process exits at once. Left to end
// by itself, Node first tears the whole isolate down (heap, compiled code, the compiler's
// threads): after a 200-draft check, 'exit' to the end of the process took ~140 ms that way
// and ~65 ms through process.exit (medians of 6 on a busy two-core machine; `node -e 0`
// ~35 ms). The output goes first: an empty write's callback runs once every earlier write to
// the stream has been handed to the system (pipes are asynchronous on some platforms).
void cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin }).then((code) => {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
