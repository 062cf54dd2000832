// Applying text edits: non-overlapping, back to front, so offsets stay valid.
import type { Finding, TextEdit } from '../types.js';

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlaps an edit already applied
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** All safe fixes of `findings` whose edits do not overlap an earlier fix's edits. */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: Finding[] } {
  const taken: TextEdit[] = [];
  const applied: Finding[] = [];
  for (const f of findings) {
    if (!f.fix?.safe) continue;
    const clash = f.fix.edits.some((e) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)));
    if (clash) continue;
    taken.push(...f.fix.edits);
    applied.push(f);
  }
  return { text: applyEdits(text, taken), applied };
}
