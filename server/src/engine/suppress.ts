// Inline control comments:
//   <!-- shengao-disable-next [ID…] -->   the next block (Markdown puts a blank line in between)
//   <!-- shengao-disable [ID…] --> … <!-- shengao-enable [ID…] -->
// No ID means every rule. Plain-text drafts accept the same comments on a line of their own.
import type { Block, Suppression } from './types.js';

const DIRECTIVE = /<!--\s*shengao-(disable-next|disable|enable)\b([^>]*?)-->/;

export function readSuppressions(blocks: Block[], textLength: number): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>(); // rule id ('' = all) → start offset
  blocks.forEach((b, i) => {
    if (b.kind !== 'comment') return;
    const m = DIRECTIVE.exec(b.text);
    if (!m) return;
    const ids = m[2].split(/[\s,，]+/).filter(Boolean);
    if (m[1] === 'disable-next') {
      const next = blocks.slice(i + 1).find((x) => x.kind !== 'comment');
      if (next) out.push({ start: next.start, end: next.end, rules: ids });
    } else if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['']) if (!open.has(id)) open.set(id, b.end);
    } else {
      const keys = ids.length ? ids : [...open.keys()];
      for (const id of keys) {
        const start = open.get(id);
        if (start === undefined) continue;
        out.push({ start, end: b.start, rules: id ? [id] : [] });
        open.delete(id);
      }
    }
  });
  for (const [id, start] of open) out.push({ start, end: textLength, rules: id ? [id] : [] });
  return out;
}

export function isSuppressed(sups: Suppression[], ruleId: string, start: number): boolean {
  return sups.some((s) => start >= s.start && start < Math.max(s.end, s.start + 1) && (s.rules.length === 0 || s.rules.includes(ruleId) || s.rules.some((r) => r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1)))));
}
