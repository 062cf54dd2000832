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
        w = segmenter.tag(t);
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
