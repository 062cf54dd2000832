// `npm run lint` (part): no import circle anywhere under server/src and client/src, type-only
// imports included — a circle means two files that can only be understood together — and
// every import into the engine from outside it goes through engine/index.ts (its public face).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const IMPORT = /(?:import|export)\s[^'"`;]*?from\s+['"](\.[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [p] : [];
  });
}

function target(from: string, spec: string): string | undefined {
  const base = normalize(join(dirname(from), spec)).replace(/\.js$/, '');
  for (const c of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(c)) return c;
  return undefined;
}

const ENGINE = join(ROOT, 'server', 'src', 'engine');
const ENGINE_INDEX = join(ENGINE, 'index.ts');
const boundary: string[] = [];
const graph = new Map<string, string[]>();
for (const dir of ['server/src', 'client/src']) {
  if (!existsSync(join(ROOT, dir))) continue;
  for (const f of files(join(ROOT, dir))) {
    const deps = [...readFileSync(f, 'utf8').matchAll(IMPORT)].flatMap((m) => target(f, m[1]) ?? []);
    graph.set(f, deps);
    const outside = !f.startsWith(ENGINE + '/');
    for (const d of deps) if (outside && d.startsWith(ENGINE + '/') && d !== ENGINE_INDEX) boundary.push(`${relative(ROOT, f)} → ${relative(ROOT, d)}`);
  }
}

// Tarjan's strongly connected components: each component of more than one file is a circle.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const circles: string[][] = [];
function visit(v: string): void {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
  }
  if (low.get(v) === index.get(v)) {
    const comp: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1) circles.push(comp.map((f) => relative(ROOT, f)).sort());
  }
}
for (const v of graph.keys()) if (!index.has(v)) visit(v);
for (const c of circles) console.error(`import circle: ${c.join(' ↔ ')}`);
for (const b of boundary) console.error(`past engine/index.ts: ${b}`);
console.log(circles.length ? `${circles.length} import circle(s)` : `no import circles in ${graph.size} files`);
console.log(
  boundary.length ? `${boundary.length} import(s) into the engine bypass engine/index.ts` : 'every import into the engine goes through engine/index.ts',
);
process.exitCode = circles.length || boundary.length ? 1 : 0;
