// `shengao packs test [PACK|PATH]`: run a pack's `examples` (its own and the ones it
// inherits) and print pass/fail per example, with file:line for the failures.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { BUILTIN_PACKS, CONFIG_NAMES, findConfig, loadConfigFile, loadPack, type LoadedPack } from '../packs/loader.js';
import type { PackHost } from '../packs/host.js';
import { runPackExamples, type ExampleResult } from '../packs/selftest.js';
import type { Segmenter } from '../engine/index.js';
import { displayPath } from '../project/check-files.js';

export interface PackTestTarget {
  /** What the user asked for (or what was picked), for the header. */
  label: string;
  pack: LoadedPack;
}

export interface PackTestReport {
  target: PackTestTarget;
  results: ExampleResult[];
}

/** The packs to test: the named one; else the nearest .shengao.yaml; else every built-in pack. */
export function packTestTargets(spec: string | undefined, cwd: string, host: PackHost): PackTestTarget[] {
  if (spec === undefined) {
    const config = findConfig(cwd, host);
    if (config) return [{ label: displayPath(config, cwd), pack: loadConfigFile(config, host) }];
    return BUILTIN_PACKS.map((name) => ({ label: name, pack: loadPack(name, host.builtinDir, host) }));
  }
  const onDisk = resolve(cwd, spec);
  if (!BUILTIN_PACKS.includes(spec) && existsSync(onDisk)) {
    const pack = CONFIG_NAMES.includes(basename(onDisk)) ? loadConfigFile(onDisk, host) : loadPack(onDisk, cwd, host);
    return [{ label: spec, pack }];
  }
  return [{ label: spec, pack: loadPack(spec, cwd, host) }];
}

export function runPackTests(targets: PackTestTarget[], segmenter?: Segmenter): PackTestReport[] {
  return targets.map((target) => ({ target, results: runPackExamples(target.pack, segmenter) }));
}

export function formatPackTests(reports: PackTestReport[], cwd: string, color = false, verbose = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let pass = 0;
  let fail = 0;
  for (const r of reports) {
    out.push(`${r.target.label}（${r.target.pack.chain.join(' → ')}）`);
    if (!r.results.length) out.push('  （没有 examples）');
    // Examples inherited from the packs it extends: failures listed, passes counted per file.
    const own = r.target.pack.files[r.target.pack.files.length - 1];
    const inheritedOk = new Map<string, number>();
    for (const x of r.results) {
      const origin = relOrigin(x.example.origin, cwd);
      const name = x.example.name ?? '（未命名）';
      const file = x.example.origin.replace(/:\d+$/, '');
      if (x.ok && file !== own && !verbose) {
        pass++;
        inheritedOk.set(file, (inheritedOk.get(file) ?? 0) + 1);
        continue;
      }
      if (x.ok) {
        pass++;
        out.push(`  ${paint('32', '✓')} ${name}  ${paint('2', origin)}`);
      } else {
        fail++;
        out.push(`  ${paint('31', '✗')} ${name}  ${origin}`);
        for (const p of x.problems) out.push(`      ${p}`);
      }
    }
    for (const [file, n] of inheritedOk) out.push(`  ${paint('32', '✓')} 继承自 ${displayPath(file, cwd)} 的 ${n} 个例子通过`);
    out.push('');
  }
  out.push(fail ? paint('31', `${fail} 个例子未通过，${pass} 个通过`) : paint('32', `全部 ${pass} 个例子通过`));
  return out.join('\n') + '\n';
}

function relOrigin(origin: string, cwd: string): string {
  const m = /^(.*):(\d+)$/.exec(origin);
  return m ? `${displayPath(m[1], cwd)}:${m[2]}` : origin;
}

export function packTestsFailed(reports: PackTestReport[]): boolean {
  return reports.some((r) => r.results.some((x) => !x.ok));
}
