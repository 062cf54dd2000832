// Entry point of dist/cli.js (bin/shengao.js). All behaviour lives in cli.ts.
import { cli } from './cli.js';

void cli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
