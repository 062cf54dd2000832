// Inline control comments:
//   <!-- shengao-disable-next [ID…] -->   the next block (Markdown puts a blank line in between);
//   <!-- shengao-disable-next-line [ID…] --> means the same (the form ESLint users write)
//   <!-- shengao-disable [ID…] --> … <!-- shengao-enable [ID…] -->
// No ID means every rule. Plain-text drafts accept the same comments on a line of their own.
import type { Block, Suppression } from '../types.js';

// Longest first: "disable-next-line" must not read as "disable-next" with a rule named "-line".
const DIRECTIVE = /<!--\s*shengao-(disable-next-line|disable-next|disable|enable)(?![\w-])([^>]*?)-->/;

export function readSuppressions(blocks: Block[], textLength: number): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, { start: number; at: Block }>(); // rule id ('' = all) → where it starts, and its comment
  blocks.forEach((b, i) => {
    if (b.kind !== 'comment') return;
    const m = DIRECTIVE.exec(b.text);
    if (!m) return;
    const ids = m[2].split(/[\s,，]+/).filter(Boolean);
    if (m[1] === 'disable-next' || m[1] === 'disable-next-line') {
      const next = blocks.slice(i + 1).find((x) => x.kind !== 'comment');
      if (next) out.push({ start: next.start, end: next.end, rules: ids, comment: { start: b.start, end: b.end } });
    } else if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['']) if (!open.has(id)) open.set(id, { start: b.end, at: b });
    } else {
      const keys = ids.length ? ids : [...open.keys()];
      for (const id of keys) {
        const o = open.get(id);
        if (o === undefined) continue;
        out.push({ start: o.start, end: b.start, rules: id ? [id] : [], comment: { start: o.at.start, end: o.at.end } });
        open.delete(id);
      }
    }
  });
  for (const [id, o] of open)
    out.push({
      start: o.start,
      end: textLength,
      rules: id ? [id] : [],
      comment: { start: o.at.start, end: o.at.end },
      unclosed: { start: o.at.start, end: o.at.end },
    });
  return out;
}

/**
 * Findings about the whole document (a missing or misplaced section, what the engine could not
 * read) are only silenced by a comment that names them: a bare disable meant for one paragraph
 * must not hide that the report lacks a part.
 */
function documentLevel(ruleId: string): boolean {
  return ruleId === 'structure/missing-section' || ruleId === 'structure/section-order' || ruleId.startsWith('engine/');
}

export function isSuppressed(sups: Suppression[], ruleId: string, start: number): boolean {
  return sups.some(
    (s) =>
      start >= s.start &&
      start < Math.max(s.end, s.start + 1) &&
      (s.rules.length === 0 ? !documentLevel(ruleId) : s.rules.includes(ruleId) || s.rules.some((r) => r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1)))),
  );
}
