// The shapes of a rule pack as written (before merging) and as precompiled at build
// time: shared by the loader and the host that supplies precompiled packs.
import type { SectionSpec, TermSpec, PlaceholderPattern } from '../engine/index.js';
import type { SeverityOrOff } from '../engine/index.js';

export interface PackExample {
  name?: string;
  format?: 'markdown' | 'text';
  text: string;
  /** Last year's report, for the history/* rules. */
  previous?: string;
  expect?: string[];
  forbid?: string[];
  /** file:line of the example, for failures. */
  origin: string;
}

export interface RawPack {
  name?: string;
  description?: string;
  extends?: string | string[];
  sections?: Partial<SectionSpec>[];
  rules?: Record<string, SeverityOrOff | { severity?: SeverityOrOff; options?: Record<string, unknown> }>;
  terms?: TermSpec[];
  placeholders?: { patterns?: PlaceholderPattern[]; allow?: string[] };
  allow?: string[];
  /** Drafts a project's config keeps out of folder searches (gitignore syntax, relative to the config's folder). */
  ignores?: string[];
  /** Last year's report, relative to this file: the history/* checks compare each draft with it. */
  previous?: string;
  examples?: Omit<PackExample, 'origin'>[];
}

/** A built-in pack parsed and validated at build time (see scripts/compile-packs.ts). */
export interface PrecompiledPack {
  hash: string;
  data: RawPack;
  lines: Record<string, number>;
}
