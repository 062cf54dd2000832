// Imported first by main.ts: `shengao check` starts its segmentation thread before the
// rest of the CLI (~0.2 s of modules) is even loaded, so jieba's dictionary loads in
// the thread meanwhile. Only for the plain form `shengao check …` without --jobs or
// SHENGAO_JOBS; checkFiles decides whether the run uses it (and otherwise stops it).
import { segmentThreadWanted, startSegmentThreadEarly } from './segment-thread.js';

const argv = process.argv.slice(2);
if (argv[0] === 'check' && segmentThreadWanted(process.env) && !process.env.SHENGAO_JOBS && !argv.some((a) => /^(?:-j|--jobs)(?:=|$)/.test(a))) {
  startSegmentThreadEarly();
}
