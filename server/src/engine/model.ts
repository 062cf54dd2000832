// text → ReportModel: parse once, share with every check.
import type { DocumentKind, ReportModel, Sentence } from './types.js';
import type { EngineConfig } from './config.js';
import { readGuarded } from './limits.js';
import { readOutline } from './outline.js';
import { classifySections, sectionLevel } from './sections.js';
import { splitSentences } from './sentences.js';
import { readSuppressions } from './suppress.js';
import { basicSegmenter, type Segmenter, type TaggedWord } from './segmenter.js';
import { extractQuantities, type Quantity } from './quantities.js';

const CLAUSE_BREAK = new Set([...'，。、；：？！“”‘’（）《》【】'].map((c) => c.charCodeAt(0)));

export function buildModel(text: string, kind: DocumentKind, config: EngineConfig, segmenter: Segmenter = basicSegmenter): ReportModel {
  // A BOM is not part of the prose; offsets stay those of the original string.
  const { blocks, notices } = readGuarded(text, kind);
  const { outline, preamble, enumerations, levelIssues } = readOutline(blocks);
  const sectionNodes = sectionLevel(outline);
  classifySections(sectionNodes, config.sections, segmenter);
  const sentences: Sentence[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'heading' || b.kind === 'tableRow') sentences.push(...splitSentences(b, i));
  });
  const cache = new Map<string, TaggedWord[]>();
  // Clause by clause (see Segmenter.clauseLocal): a title, its sentence and its block share their clauses.
  const clause = (c: string): TaggedWord[] => {
    let w = cache.get(c);
    if (!w) cache.set(c, (w = segmenter.tag(c)));
    return w;
  };
  const byClause = (t: string): TaggedWord[] => {
    const out: TaggedWord[] = [];
    let from = 0;
    for (let i = 0; i < t.length; i++) {
      if (!CLAUSE_BREAK.has(t.charCodeAt(i))) continue;
      if (i > from) for (const w of clause(t.slice(from, i))) out.push(w);
      for (const w of clause(t[i])) out.push(w);
      from = i + 1;
    }
    if (from === 0) return segmenter.tag(t);
    if (from < t.length) for (const w of clause(t.slice(from))) out.push(w);
    return out;
  };
  let quantities: Quantity[] | undefined;
  const model: ReportModel = {
    text,
    kind,
    blocks,
    preamble,
    outline,
    sectionNodes,
    enumerations,
    sentences,
    suppressions: readSuppressions(blocks, text.length),
    levelIssues,
    segmenterName: segmenter.name,
    notices,
    words(t: string): TaggedWord[] {
      let w = cache.get(t);
      if (!w) {
        w = segmenter.clauseLocal ? byClause(t) : segmenter.tag(t);
        cache.set(t, w);
      }
      return w;
    },
    get quantities(): Quantity[] {
      return (quantities ??= extractQuantities(blocks, (t) => model.words(t)));
    },
  };
  return model;
}
