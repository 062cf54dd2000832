// Baseline for the CLI comparison: a bare unified + remark-parse of every file
// given (directories are read for *.md), as one node process.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const files = [];
for (const p of process.argv.slice(2)) {
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort()) if (f.endsWith('.md')) files.push(join(p, f));
  } else files.push(p);
}
const processor = unified().use(remarkParse);
let nodes = 0;
for (const f of files) nodes += processor.parse(readFileSync(f, 'utf8')).children.length;
console.log(`${files.length} files, ${nodes} top-level nodes`);
