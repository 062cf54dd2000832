// Runs of sibling markers: what outline/sequence and outline/style compare.
import type { Marker, MarkerKind, OutlineNode, ReportModel } from '../types.js';
import { walkOutline } from './outline.js';

export interface MarkerRun {
  kind: MarkerKind;
  markers: Marker[];
  /** Whether the run comes from an inline 一是…二是… enumeration. */
  inline: boolean;
}

// Lower-level lists may legitimately start again at 1 under the same parent.
const RESTARTABLE = new Set<MarkerKind>(['arabic', 'arabicParen', 'circled', 'shi']);

function runsOf(children: OutlineNode[]): MarkerRun[] {
  if (!children.length) return []; // most nodes are leaves
  const byKind = new Map<MarkerKind, MarkerRun[]>();
  for (const c of children) {
    const k = c.marker.kind;
    if (k === 'heading') continue;
    let runs = byKind.get(k);
    if (!runs) byKind.set(k, (runs = []));
    const cur = runs[runs.length - 1];
    if (!cur || (RESTARTABLE.has(k) && c.marker.ordinal === 1 && cur.markers.length > 0)) runs.push({ kind: k, markers: [c.marker], inline: false });
    else {
      // 4. 技术成长 / 1. 2. 3. / 5. 社区成长: the run begun again at 1 was the sub-list of 4., typed flat;
      // 5. goes on with the list before it. (Only lists that count up: 3、2、1 / 7、6、5 count down on purpose.)
      let to = cur;
      if (!goesOnFrom(cur, c.marker) && ascending(cur))
        for (let r = runs.length - 2; r >= 0; r--)
          if (goesOnFrom(runs[r], c.marker) && ascending(runs[r])) {
            to = runs[r];
            break;
          }
      to.markers.push(c.marker);
    }
  }
  return [...byKind.values()].flat();
}

/** A run numbered 1, 2, 3… from its start. */
function ascending(run: MarkerRun): boolean {
  return run.markers.every((m, i) => m.ordinal === i + 1);
}

function goesOnFrom(run: MarkerRun, m: Marker): boolean {
  return run.markers[run.markers.length - 1].ordinal + 1 === m.ordinal;
}

/** Worked out once per model: outline/sequence and outline/style both read them (and never change them). */
export function markerRuns(model: ReportModel): readonly MarkerRun[] {
  return model.shared('markerRuns', () => {
    const out = runsOf(model.outline);
    for (const n of walkOutline(model.outline)) for (const r of runsOf(n.children)) out.push(r);
    for (const e of model.enumerations) out.push({ kind: 'shi', markers: e.items.map((i) => i.marker), inline: true });
    return out;
  });
}

/**
 * Nodes that go on with a list one level up, written a level too deep: ## 1. ## 2. ### 3. —
 * the first of its kind under its parent, numbered one past the last node of that kind before it,
 * which sits at another depth. That is a level slip (outline/level), not a skipped number.
 */
export function misleveled(model: ReportModel): Map<OutlineNode, OutlineNode> {
  const out = new Map<OutlineNode, OutlineNode>();
  const lastOfKind = new Map<MarkerKind, OutlineNode>();
  // The first child of each kind and rank under each parent, found in one pass (not a search per node).
  const firsts = new Set<OutlineNode>();
  const markFirsts = (list: OutlineNode[]) => {
    const seen = new Set<string>();
    for (const c of list) {
      const key = `${c.marker.kind} ${c.rank}`;
      if (!seen.has(key)) {
        seen.add(key);
        firsts.add(c);
      }
    }
  };
  markFirsts(model.outline);
  for (const n of walkOutline(model.outline)) if (n.children.length) markFirsts(n.children);
  for (const n of walkOutline(model.outline)) {
    const k = n.marker.kind;
    if (k === 'heading' || k === 'shi') continue;
    const prev = lastOfKind.get(k);
    const first = firsts.has(n);
    if (prev && first && n.marker.ordinal > 1 && prev.marker.ordinal === n.marker.ordinal - 1 && prev.rank !== n.rank && prev.marker.style === n.marker.style)
      out.set(n, prev);
    lastOfKind.set(k, n);
  }
  return out;
}
