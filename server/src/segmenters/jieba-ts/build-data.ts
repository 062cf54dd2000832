// Build step (bundled to dist/jieba-ts-data.js and run by scripts/build.mjs): writes
// dist/jieba-ts.bin from @node-rs/jieba's dict.txt and the HMM model nodejieba ships.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILE, compileFromPackages } from './index';

const out = join(process.argv[2] ?? 'dist', DATA_FILE);
const data = compileFromPackages();
writeFileSync(out, data);
console.log(`built ${out} (${(data.byteLength / 1e6).toFixed(1)} MB)`);
