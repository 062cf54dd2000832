// Imported first by main.ts: `shengao check` starts its segmentation thread before the
// rest of the CLI (~0.2 s of modules) is even loaded, so jieba's dictionary loads in
// the thread meanwhile. Not with --jobs or SHENGAO_JOBS, nor for one named draft (a
// single draft is checked without the thread); checkFiles decides whether the run
// uses it (and otherwise stops it).
import { parseArgs } from './args.js';
import { segmentThreadWanted, startSegmentThreadEarly } from './segment-thread.js';

function wanted(): boolean {
  if (process.argv[2] !== 'check' || process.env.SHENGAO_JOBS || !segmentThreadWanted(process.env)) return false;
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.command !== 'check' || args.jobs !== undefined) return false;
    return !(args.patterns.length === 1 && /\.(?:md|markdown|mdx|txt)$/i.test(args.patterns[0]));
  } catch {
    return false; // a usage error: cli.ts reports it
  }
}

if (wanted()) startSegmentThreadEarly();
