// `shengao packs`: the built-in packs, their descriptions and what they extend.
import { BUILTIN_PACKS, loadPack } from '../packs/loader.js';
import type { PackHost } from '../packs/host.js';
import { DEFAULT_PACK } from '../project/packs.js';

/** The packs a project picks from; `base` and `terms` are building blocks they extend. */
export const USER_PACKS = ['work-summary', 'debriefing', 'party-building'];

export interface PackInfo {
  name: string;
  description: string;
  /** Names of the packs it builds on, base first (itself excluded). */
  extends: string[];
  isDefault: boolean;
  /** Number of term entries the pack carries (with what it extends). */
  terms: number;
  /** Set when the pack failed to load. */
  error?: string;
}

export function listPacks(host: PackHost): PackInfo[] {
  return BUILTIN_PACKS.map((name) => {
    try {
      const p = loadPack(name, host.builtinDir, host);
      return { name, description: p.description, extends: p.chain.slice(0, -1), isDefault: name === DEFAULT_PACK, terms: p.config.terms.length };
    } catch (e) {
      return { name, description: '', extends: [], isDefault: name === DEFAULT_PACK, terms: 0, error: (e as Error).message };
    }
  });
}

export function formatPacks(list: PackInfo[]): string {
  const w = Math.max(...list.map((p) => p.name.length));
  const lines = ['内置规则包 (built-in packs):', ''];
  for (const p of list) {
    const tag = p.isDefault && !p.description.includes('默认') ? '（默认）' : '';
    if (p.error) {
      lines.push(`  ${p.name.padEnd(w)}  无法加载：${p.error}`);
      continue;
    }
    const ext = p.extends.length ? `  继承 ${p.extends.join(' → ')}` : '';
    lines.push(`  ${p.name.padEnd(w)}  ${tag}${p.description}${ext}`);
  }
  lines.push('', '在 .shengao.yaml 中用 extends: 包名 选用，或运行 shengao check --pack 包名。');
  return lines.join('\n') + '\n';
}
