// Scores the history/* rules on eval/pairs (consecutive-year pairs annotated before any run; see
// eval/pairs/README.md). Run: npx tsx scripts/history-pairs.ts [--verbose]. `npm run eval` puts the same tables in EVAL.md.
import { join } from 'node:path';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';
import { renderPairs, scorePairs } from './eval/pairs';

const ROOT = join(__dirname, '..');
const verbose = process.argv.includes('--verbose');
const config = loadPack('work-summary', ROOT, nodeHost({ builtinDir: join(ROOT, 'rules') })).config;
const result = scorePairs(ROOT, config, loadSegmenter());
for (const l of result.log) if (verbose || l.verdict === '误报' || l.verdict === '漏报') console.log(l.line);
console.log('\n' + renderPairs(result).join('\n'));
