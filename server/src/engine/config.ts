// What the engine needs from a rule pack, after `extends` has been resolved.
// The pack loader (server/src/packs) produces this; the engine never reads files.
import type { SeverityOrOff } from './types.js';

export interface SectionSpec {
  kind: string;
  /** Short label for outlines and symbols: 履职 / 问题 / 打算. */
  label: string;
  title: string;
  aliases: string[];
  keywords: string[];
  /** Words that veto a keyword match (着力解决…问题 is a duty, not the problems section). */
  exclude: string[];
  required: boolean;
  /** Position among the ordered kinds; sections without order may go anywhere. */
  order?: number;
  /** Whether items of this section are expected to carry figures (metrics/missing). */
  metrics: boolean;
  /** Skeleton inserted by snippets and the "insert missing section" fix; `$N`/`${N:…}` are tab stops. */
  snippet?: string;
}

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface TermSpec {
  prefer: string;
  avoid: string[];
  note?: string;
  followedBy?: string;
  notFollowedBy?: string;
  precededBy?: string;
  notPrecededBy?: string;
  /** Set by the pack loader for packs other than the built-in ones: its patterns run on the linear-time engine (pattern.ts). */
  linear?: boolean;
  /** false when a mechanical replacement could be wrong: the finding then has no fix. */
  fix?: boolean;
  /**
   * A fixed formula (社会主义市场经济体制): one character added, dropped or changed inside it is a misspelling
   * of it too (社会网主义市场经济体制). Its first and last characters must stand, so a neighbouring word is never read as one.
   */
  nearMisses?: boolean;
  examples?: { flag?: string; pass?: string };
  /** Where the entry was defined (pack file and line), for messages and pack tests. */
  origin?: string;
}

export interface PlaceholderPattern {
  /** Regular expression source. From a pack other than the built-in ones it runs on RE2 (linear time; no lookaround). */
  pattern: string;
  message?: string;
  /** Set by the pack loader (never by a pack): run on the linear-time engine. */
  linear?: boolean;
}

export interface EngineConfig {
  name: string;
  sections: SectionSpec[];
  rules: Record<string, RuleSetting>;
  terms: TermSpec[];
  placeholders: { patterns: PlaceholderPattern[]; allow: string[] };
  /** Words and terms the team allowed (never flagged by terms/preferred or text/placeholder). */
  allow: string[];
}

export const EMPTY_CONFIG: EngineConfig = {
  name: 'empty',
  sections: [],
  rules: {},
  terms: [],
  placeholders: { patterns: [], allow: [] },
  allow: [],
};
