// Child process of `npm run bench`: engine vs bare parse for one draft.
// Usage: node --require tsx/cjs bench/inproc.ts <draft.md> <runs> <warmup>   → one JSON line on stdout.
import { readFileSync } from 'node:fs';
import { engineSetup, measureEngine } from './lib';

const [file, runs, warmup] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const sample = measureEngine(text, engineSetup(), Number(runs), Number(warmup));
process.stdout.write(JSON.stringify({ ...sample, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
