// Core vocabulary of the engine. Every position is a UTF-16 offset into the
// original text; line/column conversion happens once, in the adapters.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';
export type DocumentKind = 'markdown' | 'text';

/** Half-open span [start, end) of UTF-16 code units in the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  /** What the fix does, in the user's language (shown as the quick-fix title). */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `source.fixAll` and `--fix`; others only on request. */
  safe: boolean;
}

export interface RelatedSpan extends Span {
  message: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: Fix;
  related?: RelatedSpan[];
  /** Extra machine-readable facts (e.g. the arithmetic of a numbers finding). */
  data?: Record<string, unknown>;
}

/** A finding as a check produces it: the runner fills in severity from the pack. */
export type Draft = Omit<Finding, 'severity' | 'ruleId'> & { ruleId?: string; severity?: Severity };

// ---------------------------------------------------------------- blocks

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'comment' | 'code' | 'furniture';

/**
 * A unit of prose: one paragraph (or one marked line of a paragraph), one heading,
 * one list item's lead paragraph, one table row. `text` is the plain text a reader
 * sees; `offsets[i]` is the source offset of `text[i]` (so markup is skipped while
 * positions stay exact).
 */
export interface Block extends Span {
  kind: BlockKind;
  /** Heading depth (1–6) for headings. */
  depth?: number;
  /** Nesting depth of lists/block quotes, 0 at top level. */
  nesting: number;
  text: string;
  offsets: Int32Array;
  /** Set on table rows: each cell's text span inside `text`. */
  cells?: Span[];
  /** The text opens with a Markdown ordered-list marker: its number is the renderer's, not the writer's. */
  listMarker?: boolean;
}

// ---------------------------------------------------------------- outline

/** The numbering family of an outline marker, in GB/T 9704 rank order. */
export type MarkerKind =
  | 'heading' // a Markdown `#` heading with no Chinese marker
  | 'cn' // 一、
  | 'cnParen' // （一）
  | 'arabic' // 1.
  | 'decimal' // 1.1  2.3.1 (engineers' and technical reports)
  | 'arabicParen' // （1）
  | 'circled' // ①
  | 'shi'; // 一是 / 二要 (enumerator at the start of a paragraph or inside it)

export interface Marker extends Span {
  kind: MarkerKind;
  /** Ordinal value: 一 → 1, （三） → 3, ⑤ → 5. 0 for headings. */
  ordinal: number;
  /** Exact marker text as written, e.g. `1、`, `（一）、`, `(二)`. */
  text: string;
  /** Style signature used to compare siblings, e.g. `、`, `.`, `full`, `half`, `是`. */
  style: string;
  /** Punctuation that follows the marker proper (`、` in `1、`, `.` in `（一）.`). */
  punct: string;
  /** Span of the ordinal digits/characters only, for renumbering. */
  ordinalSpan: Span;
  /** Span of the trailing punctuation (empty when none). */
  punctSpan: Span;
  /** A Markdown ordered-list marker (`1.` `1)`): the reader sees the rendered numbers, so its sequence and style are not the writer's. */
  fromList?: boolean;
}

export type SectionKind = string; // 'duties' | 'problems' | 'next' | pack-defined

export interface OutlineNode extends Span {
  marker: Marker;
  /** 1 for top-level nodes of the document. */
  level: number;
  /** Rank used to nest nodes (smaller = higher). */
  rank: number;
  title: string;
  titleSpan: Span;
  /** Index of the block the node starts in. */
  blockIndex: number;
  /** Blocks that belong to this node but to none of its children (incl. its own lead block). */
  body: Block[];
  children: OutlineNode[];
  parent?: OutlineNode;
  /** Section kind, set on section-level nodes by classification. */
  section?: SectionKind;
  /** How the section kind was decided. */
  sectionBy?: 'title' | 'alias' | 'keyword' | 'position' | 'nested';
  /** True when this node came from a Markdown heading. */
  fromHeading: boolean;
}

/** An inline run of enumerators inside one block: 一是……；二是……；三是…… */
export interface Enumeration {
  blockIndex: number;
  items: { marker: Marker; span: Span }[];
}

export interface Sentence extends Span {
  text: string;
  blockIndex: number;
  /** Offset of the sentence's first character in its block's text. */
  textStart: number;
}

export interface Token extends Span {
  word: string;
  tag?: string;
}

export interface ReportModel {
  text: string;
  kind: DocumentKind;
  blocks: Block[];
  /** Blocks before the first outline node (title, date, byline, lead paragraph). */
  preamble: Block[];
  /** Root children: the top-level outline nodes. */
  outline: OutlineNode[];
  /** The nodes sections are read from (top level, or below a single title heading). */
  sectionNodes: OutlineNode[];
  enumerations: Enumeration[];
  sentences: Sentence[];
  /** Ranges where inline comments switched rules off. */
  suppressions: Suppression[];
  /** Higher-rank markers found nested under lower-rank ones (（一） under 1.). */
  levelIssues: { node: OutlineNode; under: OutlineNode }[];
  /** Segmented, tagged words of a piece of text (memoised per text). */
  words(text: string): { word: string; tag: string }[];
  /** Name of the segmenter in use ('basic' until a dictionary is loaded). */
  segmenterName: string;
  /** What the reader had to limit (size cap, nesting, parser failure); reported by engine/limits. */
  notices?: EngineNotice[];
  /** Every figure of the document (computed lazily, once; see quantities.ts). */
  readonly quantities: Quantity[];
  /**
   * What a reader of the model works out once and several checks ask for (tables, breakdowns,
   * marker runs): built on first use under `key`, kept as long as this model. Keys are the
   * readers' own constants, so two readers never share one by accident.
   */
  shared<T>(key: string, build: () => T): T;
  /** Last year's report, when one was given (`--previous`): the history/* checks compare with it. */
  previous?: ReportModel;
  /**
   * The draft's name outside its text — its file name without folder or extension (`2023年终总结`),
   * when it has one: a draft whose title exists only as its file name is still a year's summary.
   */
  name?: string;
}

export interface Suppression extends Span {
  /** Rule ids, or empty for all rules. */
  rules: string[];
  /** Where the disable comment is (reported when it names a rule that does not exist). */
  comment: Span;
  /** A `shengao-disable` never enabled again: where that comment is (it silences the rest of the file). */
  unclosed?: Span;
}

/** Something the engine could not read as asked (see limits.ts); shown as an `engine/limits` info finding. */
export interface EngineNotice extends Span {
  reason: 'size' | 'nesting' | 'delimiters' | 'parser' | 'time';
  message: string;
  data?: Record<string, unknown>;
}

/** What a figure measures (see quantities.ts, which finds every figure of a report). */
export type QuantityKind = 'count' | 'percent' | 'points' | 'money' | 'multiple';

export interface Quantity extends Span {
  blockIndex: number;
  /** Span inside `Block.text`. */
  from: number;
  to: number;
  /** The figure as written, e.g. `6100余人次`, `百分之二十`, `3—5次`. */
  raw: string;
  /** Exact value (scaled by 万/亿); undefined for approximations and ranges. */
  value?: number;
  /** Bounds: equal to `value` for exact figures; `max` may be Infinity (以上). */
  min: number;
  max: number;
  /** Approximation word(s) as written: 余, 多, 近, 约, 左右, 以上, 不到… */
  approx?: string;
  range?: boolean;
  /** Normalised unit: 人次, 名, 个, 元 (万元/亿元 are scaled to 元), %, 个百分点, 倍. */
  unit: string;
  kind: QuantityKind;
  /** Decimal places as written (for rounding tolerance). */
  decimals: number;
  /** The thing counted (noun phrase next to the figure), '' when none was found. */
  thing: string;
  thingSpan?: Span;
  /** The verb governing the figure (培训, 发展, 走访…), '' when none. */
  verb: string;
  /** Table cell index on table rows. */
  cell?: number;
}
