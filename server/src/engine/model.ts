// text → ReportModel: parse once, share with every check.
import type { DocumentKind, ReportModel, Sentence } from './types.js';
import type { EngineConfig } from './config.js';
import type { Bounds } from './run/deadline.js';
import { LIMITS, readGuarded, readMarkdownBom } from './reader/limits.js';
import { PROSE_KINDS } from './reader/blocks.js';
import { RunMemo, type LintCache } from './run/cache.js';
import { readOutline, runInItems, walkOutline } from './reader/outline.js';
import { classifyNested, classifySections, sectionLevel } from './reader/sections.js';
import { splitSentences } from './reader/sentences.js';
import { readSuppressions } from './reader/suppress.js';
import { basicSegmenter, type Segmenter, type TaggedWord } from './segmenter.js';
import { extractQuantities, type Quantity } from './figures/quantities.js';

/**
 * `cache` (optional) carries work over from the previous version of the same document:
 * unchanged chunks are not parsed again, unchanged texts not segmented again, unchanged
 * blocks not measured again. The model is the same with or without it.
 */
export function buildModel(
  text: string,
  kind: DocumentKind,
  config: EngineConfig,
  segmenter: Segmenter = basicSegmenter,
  cache?: LintCache,
  bounds?: Bounds,
): ReportModel {
  if (cache && cache.segmenterName !== segmenter.name) {
    // Words from another segmenter (the basic one before jieba loaded) are not these words.
    cache.words = new RunMemo();
    cache.quantities = new RunMemo();
    cache.blockFindings = new RunMemo();
    cache.segmenterName = segmenter.name;
  }
  // A BOM is not part of the prose; offsets stay those of the original string.
  const { blocks, notices } = readGuarded(text, kind, LIMITS, (s) => readMarkdownBom(s, cache?.chunks), bounds);
  const { outline, preamble, enumerations, levelIssues } = readOutline(blocks);
  const sectionNodes = sectionLevel(outline);
  classifySections(sectionNodes, config.sections, segmenter);
  classifyNested(sectionNodes, config.sections, segmenter);
  // One segmentation per distinct text (a block, a title), shared by every check.
  const memo = cache?.words ?? new RunMemo<TaggedWord[]>();
  let batched = false;
  const words = (t: string): TaggedWord[] => {
    let w = memo.get(t);
    if (w) return w;
    if (!batched && segmenter.tagMany) {
      // The first question segments every paragraph not yet known, in one call.
      batched = true;
      // Paragraphs and outline titles (checks ask for the words of both).
      const all = [...blocks.filter((b) => PROSE_KINDS.has(b.kind)).map((b) => b.text), ...walkOutline(outline).map((n) => n.title)];
      const texts = [...new Set(all.filter((t) => t && !memo.get(t)))];
      if (texts.length > 1) segmenter.tagMany(texts).forEach((ws, i) => memo.set(texts[i], ws));
      w = memo.get(t);
      if (w) return w;
    }
    memo.set(t, (w = segmenter.tag(t)));
    return w;
  };
  const model = new Model(text, kind, blocks, outline, sectionNodes, words, segmenter.name, cache);
  model.preamble = preamble;
  model.enumerations = enumerations;
  model.suppressions = readSuppressions(blocks, text.length);
  model.levelIssues = levelIssues;
  model.notices = notices;
  return model;
}

/**
 * A class, not an object literal: V8 keeps a literal with getters in dictionary mode (every
 * `model.blocks` a hash lookup, and optimised checks thrown away when a new model comes
 * along), while instances of one class share a single fast shape.
 */
class Model implements ReportModel {
  preamble: ReportModel['preamble'] = [];
  enumerations: ReportModel['enumerations'] = [];
  suppressions: ReportModel['suppressions'] = [];
  levelIssues: ReportModel['levelIssues'] = [];
  notices: ReportModel['notices'] = undefined;
  previous: ReportModel | undefined = undefined;
  name: string | undefined = undefined;
  private sentenceList: Sentence[] | undefined = undefined;
  private quantityList: Quantity[] | undefined = undefined;
  private readonly sharedMemo = new Map<string, unknown>();

  constructor(
    readonly text: string,
    readonly kind: DocumentKind,
    readonly blocks: ReportModel['blocks'],
    readonly outline: ReportModel['outline'],
    readonly sectionNodes: ReportModel['sectionNodes'],
    readonly words: (text: string) => TaggedWord[],
    readonly segmenterName: string,
    private readonly cache: LintCache | undefined,
  ) {}

  /** Only some checks read sentences: split them on first use. */
  get sentences(): Sentence[] {
    if (!this.sentenceList) {
      const sentences: Sentence[] = (this.sentenceList = []);
      this.blocks.forEach((b, i) => {
        if (PROSE_KINDS.has(b.kind)) for (const x of splitSentences(b, i)) sentences.push(x);
      });
    }
    return this.sentenceList;
  }

  get quantities(): Quantity[] {
    return (this.quantityList ??= extractQuantities(this.blocks, this.words, this.cache?.quantities, runInItems(this.outline, this.blocks)));
  }

  shared<T>(key: string, build: () => T): T {
    if (this.sharedMemo.has(key)) return this.sharedMemo.get(key) as T;
    const value = build();
    this.sharedMemo.set(key, value);
    return value;
  }
}
